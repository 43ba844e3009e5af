import type { Db } from '../../../db/database.ts';
import type { Principal } from '../../../policies/principal.ts';
import { hashSecret } from '../secret-token.ts';

export type SessionPrincipal = { principal: Principal; csrfToken: string; expiresAt: Date };

/** The person behind a session cookie, if the session is live and the person still active. */
export async function principalFromSession(options: { db: Db; token: string; now: Date }): Promise<SessionPrincipal | null> {
  const row = await options.db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.personId')
    .select(['people.id', 'people.organizationId', 'people.role', 'sessions.csrfToken', 'sessions.expiresAt'])
    .where('sessions.id', '=', hashSecret(options.token))
    .where('sessions.expiresAt', '>', options.now)
    .where('people.active', '=', true)
    .executeTakeFirst();
  if (!row) return null;
  return {
    principal: { kind: 'person', personId: row.id, organizationId: row.organizationId, role: row.role, via: 'session' },
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
  };
}

/** The person or integration behind an API token, if the token is not revoked. */
export async function principalFromApiToken(options: { db: Db; token: string; now: Date }): Promise<Principal | null> {
  const row = await options.db
    .selectFrom('apiTokens')
    .select(['id', 'organizationId', 'personId', 'lastUsedAt'])
    .where('tokenHash', '=', hashSecret(options.token))
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  // Minute precision is enough for "last used" and keeps a busy integration from writing on every call.
  if (row && (!row.lastUsedAt || options.now.getTime() - row.lastUsedAt.getTime() > 60_000)) {
    await options.db.updateTable('apiTokens').set({ lastUsedAt: options.now }).where('id', '=', row.id).execute();
  }
  if (!row) return null;
  if (!row.personId) return { kind: 'integration', organizationId: row.organizationId, tokenId: row.id };
  const person = await options.db
    .selectFrom('people')
    .select(['id', 'organizationId', 'role'])
    .where('id', '=', row.personId)
    .where('active', '=', true)
    .executeTakeFirst();
  if (!person) return null;
  return { kind: 'person', personId: person.id, organizationId: person.organizationId, role: person.role, via: 'token' };
}
