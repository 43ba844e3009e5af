import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { LedgerKind } from '../ledger-kind.ts';
import { writeEventsAndLedger } from './write-events-and-ledger.ts';

export type NewLedgerEntry = {
  kind: LedgerKind;
  at: Date;
  actorId: string | null;
  resolutionId?: string | null;
  approvalId?: string | null;
  data: Record<string, unknown>;
};

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
