import type { Db } from '../../../db/database.ts';
import type { Principal } from '../../../policies/principal.ts';
import { hashSecret } from '../secret-token.ts';

/** The person or integration behind an API token, if the token is not revoked. */
export async function principalFromApiToken(options: {
  db: Db;
  token: string;
  now: Date;
}): Promise<Principal | null> {
  const row = await options.db
    .selectFrom('apiTokens')
    .select(['id', 'organizationId', 'personId', 'lastUsedAt', 'createdBy'])
    .where('tokenHash', '=', hashSecret(options.token))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  // Minute precision is enough for "last used" and keeps a busy integration from writing on every call.
  if (row && (!row.lastUsedAt || options.now.getTime() - row.lastUsedAt.getTime() > 60_000)) {
    await options.db
      .updateTable('apiTokens')
      .set({ lastUsedAt: options.now })
      .where('id', '=', row.id)
      .execute();
  }
  if (!row) return null;
  if (!row.personId)
    return { kind: 'integration', organizationId: row.organizationId, tokenId: row.id };
  const person = await options.db
    .selectFrom('people')
    .select(['id', 'organizationId', 'role'])
    .where('id', '=', row.personId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!person) return null;
  return {
    kind: 'person',
    personId: person.id,
    organizationId: person.organizationId,
    role: person.role,
    via: 'token',
    token: { tokenId: row.id, createdBy: row.createdBy },
  };
}
