import type { Db } from '../../../db/database.ts';
import type { Principal } from '../../../policies/principal.ts';
import { hashSecret } from '../secret-token.ts';

export type SessionPrincipal = { principal: Principal; csrfToken: string; expiresAt: Date };

/**
 * The people behind session cookies, in the order given: null where the session is not live or the
 * person no longer active. One query for many cookies, so concurrent requests share one round trip.
 */
export async function principalsFromSessions(options: {
  db: Db;
  tokens: string[];
  now: Date;
}): Promise<Array<SessionPrincipal | null>> {
  const ids = options.tokens.map(hashSecret);
  const rows = await options.db
    .selectFrom('sessions')
    .innerJoin('people', 'people.id', 'sessions.personId')
    .select([
      'sessions.id as sessionId',
      'people.id',
      'people.organizationId',
      'people.role',
      'sessions.csrfToken',
      'sessions.expiresAt',
    ])
    .where('sessions.id', '=', (eb) => eb.fn.any(eb.val(ids)))
    .where('sessions.expiresAt', '>', options.now)
    .where('people.active', '=', true)
    .execute();
  const bySession = new Map(rows.map((row) => [row.sessionId, row]));
  return ids.map((id) => {
    const row = bySession.get(id);
    if (!row) return null;
    return {
      principal: {
        kind: 'person',
        personId: row.id,
        organizationId: row.organizationId,
        role: row.role,
        via: 'session',
      },
      csrfToken: row.csrfToken,
      expiresAt: row.expiresAt,
    };
  });
}
