import type { Kysely, Transaction } from 'kysely';

import type { Database } from '../db/schema.ts';
import { writeEventsAndLedger } from '../modules/ledger/commands/write-events-and-ledger.ts';
import type { NewEvent } from './event-types.ts';

/**
 * Records live events in the caller's transaction (the outbox) and asks PostgreSQL to NOTIFY every
 * instance with their ids. PostgreSQL delivers notifications only at commit, so a rolled-back change
 * announces nothing, and a listener that reads the rows after the notification always finds them.
 *
 * Call it at the end of the transaction: it locks each recipient's event stream until commit, and
 * taking row locks after it invites deadlocks. A transaction that also appends to the ledger writes
 * both with `writeEventsAndLedger`, in one round trip. Returns the new ids, in the order given.
 */
export async function recordEvents(
  db: Kysely<Database> | Transaction<Database>,
  events: NewEvent[],
): Promise<number[]> {
  if (events.length === 0) return [];
  // The NOTIFY and the lock only mean something inside the transaction that inserts the rows.
  if (!db.isTransaction) return db.transaction().execute((trx) => recordEvents(trx, events));
  return (await writeEventsAndLedger(db as Transaction<Database>, { events })).eventIds;
}
