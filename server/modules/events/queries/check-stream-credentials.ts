import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import type { Role } from '../../../db/schema.ts';
import type { StreamCredential } from '../stream-credential.ts';

/** Who a still-live credential stands for now; expiresAt is null for API tokens, which do not expire. */
export type CredentialStanding = {
  personId: string;
  organizationId: string;
  role: Role;
  levelId: string | null;
  expiresAt: Date | null;
};

/**
 * The credentials of open streams that still sign their person in (session live, token not revoked,
 * person active), keyed by credentialKey; the others are missing. One query for every stream of the
 * instance, with the same conditions as server/modules/auth/queries/resolve-principal.ts. The keys
 * are built here as credentialKey builds them ('session:<id>', 'token:<hash>').
 */
export async function checkStreamCredentials(options: {
  db: Db;
  credentials: StreamCredential[];
  now: Date;
}): Promise<Map<string, CredentialStanding>> {
  const { db, credentials, now } = options;
  const sessionIds = credentials.flatMap((c) => (c.kind === 'session' ? [c.sessionId] : []));
  const tokenHashes = credentials.flatMap((c) => (c.kind === 'token' ? [c.tokenHash] : []));
  const rows = await db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.personId')
    .select([
      sql<string>`'session:' || sessions.id`.as('key'),
      'people.id as personId',
      'people.organizationId',
      'people.role',
      'people.levelId',
      sql<Date | null>`sessions.expires_at`.as('expiresAt'),
    ])
    .where('sessions.id', '=', (eb) => eb.fn.any(eb.val(sessionIds)))
    .where('sessions.expiresAt', '>', now)
    .where('people.active', '=', true)
    .unionAll(
      db
        .selectFrom('apiTokens')
        .innerJoin('people', 'people.id', 'apiTokens.personId')
        .select([
          sql<string>`'token:' || api_tokens.token_hash`.as('key'),
          'people.id as personId',
          'people.organizationId',
          'people.role',
          'people.levelId',
          sql<Date | null>`null::timestamptz`.as('expiresAt'),
        ])
        .where('apiTokens.tokenHash', '=', (eb) => eb.fn.any(eb.val(tokenHashes)))
        .where('apiTokens.revokedAt', 'is', null)
        .where('people.active', '=', true),
    )
    .execute();
  return new Map(rows.map(({ key, ...standing }) => [key, standing]));
}
