import { sql, type Kysely, type Transaction } from 'kysely';

import type { Database } from '../db/schema.ts';

/**
 * The channel that tells every instance "these people's sign-ins changed": a session ended, a token
 * was revoked, the person was deactivated or their role or level changed. Payloads are
 * comma-separated person ids. It shares the event hub's LISTEN connection with the events channel,
 * so an instance hears a change before any event committed after it (PostgreSQL delivers one
 * connection's notifications in commit order).
 */
export const CREDENTIALS_CHANNEL = 'leeway_credentials';

/** Keeps each payload far below PostgreSQL's 8000-byte limit. */
const PEOPLE_PER_NOTIFICATION = 100;

/**
 * Announces a credentials change; open event streams of these people are re-checked at once on every
 * instance (server/modules/events/stream-guard.ts). Call it in the transaction that makes the change,
 * so it is heard only once the change is visible, or right after it commits.
 */
export async function announceCredentialsChanged(
  db: Kysely<Database> | Transaction<Database>,
  personIds: readonly string[],
): Promise<void> {
  for (let i = 0; i < personIds.length; i += PEOPLE_PER_NOTIFICATION) {
    const payload = personIds.slice(i, i + PEOPLE_PER_NOTIFICATION).join(',');
    await sql`select pg_notify(${CREDENTIALS_CHANNEL}, ${payload})`.execute(db);
  }
}
