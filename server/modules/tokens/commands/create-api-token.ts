import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { hashSecret, newSecret } from '../../auth/secret-token.ts';

export type CreateApiTokenOptions = { db: Db; organizationId: string; name: string; personId?: string | undefined };

/** Returns the secret once; only its hash is kept. */
export async function createApiToken(options: CreateApiTokenOptions): Promise<{ id: string; token: string }> {
  const { db, organizationId, personId } = options;
  if (personId) {
    const person = await db.selectFrom('people').select('id').where('organizationId', '=', organizationId).where('id', '=', personId).executeTakeFirst();
    if (!person) throw AppError.invalid('personId', 'no such person in this organization');
  }
  const token = newSecret('lwy_');
  const row = await db
    .insertInto('apiTokens')
    .values({ organizationId, personId: personId ?? null, name: options.name.trim(), tokenHash: hashSecret(token), prefix: token.slice(0, 10) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}
