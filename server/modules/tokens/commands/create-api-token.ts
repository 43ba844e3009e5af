import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { tokenPolicy } from '../../../policies/token.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { hashSecret, newSecret } from '../../auth/secret-token.ts';

export type CreateApiTokenOptions = {
  db: Db;
  organizationId: string;
  name: string;
  /** The person the token acts as; none for an integration token. */
  personId?: string | undefined;
  /** Who creates it (null: the operator, through the CLI). */
  createdBy: string | null;
};

/**
 * Returns the secret once; only its hash is kept. A token that acts as a person is created by that
 * person alone: anyone else holding it could approve, publish or grant in their name (four eyes).
 */
export async function createApiToken(
  options: CreateApiTokenOptions,
): Promise<{ id: string; token: string }> {
  const { db, organizationId, personId } = options;
  if (personId) {
    authorizeRecord(tokenPolicy(options.createdBy).createActingAs(personId));
    const person = await db
      .selectFrom('people')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!person) throw AppError.invalid('personId', 'no such person in this organization');
  }
  const token = newSecret('lwy_');
  const row = await db
    .insertInto('apiTokens')
    .values({
      organizationId,
      personId: personId ?? null,
      name: options.name.trim(),
      tokenHash: hashSecret(token),
      prefix: token.slice(0, 10),
      createdBy: options.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, token };
}
