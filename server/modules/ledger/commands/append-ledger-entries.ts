import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { NewLedgerEntry } from '../ledger-entry.ts';
import { writeEventsAndLedger } from './write-events-and-ledger.ts';

/**
 * Appends entries to the organization's chain inside the caller's transaction. Locking the head row
 * orders concurrent appends, so sequence numbers have no gaps and each entry links to its predecessor.
 * Call it last, just before commit, to hold that lock as briefly as possible; a transaction that also
 * records events writes both with `writeEventsAndLedger`, in one round trip.
 */
export async function appendLedgerEntries(
  trx: Transaction<Database>,
  organizationId: string,
  entries: NewLedgerEntry[],
): Promise<Array<{ seq: number; hash: string }>> {
  return (await writeEventsAndLedger(trx, { events: [], ledger: { organizationId, entries } }))
    .appended;
}
