import type { Db } from '../../../db/database.ts';
import type { Person } from '../../../db/schema.ts';
import { hashSecret, newSecret } from '../secret-token.ts';

export type NewSession = { token: string; csrfToken: string; expiresAt: Date };

export async function createSession(options: {
  db: Db;
  person: Pick<Person, 'id' | 'organizationId'>;
  now: Date;
  ttlHours: number;
}): Promise<NewSession> {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(options.now.getTime() + options.ttlHours * 3_600_000);
  await options.db
    .insertInto('sessions')
    .values({
      id: hashSecret(token),
      personId: options.person.id,
      organizationId: options.person.organizationId,
      csrfToken,
      createdAt: options.now,
      expiresAt,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}
