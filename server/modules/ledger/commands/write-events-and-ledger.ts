import { sql, type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { type NewEvent } from '../../../realtime/event-types.ts';
import { eventArguments, ledgerArguments } from '../events-and-ledger-arguments.ts';
import type { NewLedgerEntry } from '../ledger-entry.ts';
import {
  writtenEventsAndLedger,
  type WrittenEventsAndLedger,
} from '../written-events-and-ledger.ts';

/**
 * Records live events (the outbox) and appends ledger entries in the caller's transaction, with one
 * call to the database function `write_events_and_ledger` (see its migration for the rules it keeps):
 *
 * - Events: ids come from a sequence, so two transactions can commit out of id order. Readers resume
 *   from "the last id I saw" (Last-Event-ID, the hub after a reconnect), which is only safe if, per
 *   recipient, commit order is id order; so each recipient's stream is locked (sorted, no deadlocks)
 *   before its rows are inserted. NOTIFY carries ids only and is delivered at commit.
 * - Ledger: the organization's head row is locked last of all and held until commit, which orders
 *   appends without gaps; each entry's hash covers the one before it.
 *
 * Call it last in a transaction. Returns the event ids and the entries' places in the chain, in the order given.
 */
export async function writeEventsAndLedger(
  trx: Transaction<Database>,
  options: { events: NewEvent[]; ledger?: { organizationId: string; entries: NewLedgerEntry[] } },
): Promise<{ eventIds: number[]; appended: Array<{ seq: number; hash: string }> }> {
  if (options.events.length === 0 && (options.ledger?.entries.length ?? 0) === 0)
    return { eventIds: [], appended: [] };
  const result = await sql<WrittenEventsAndLedger>`
    select * from write_events_and_ledger(${eventArguments(options.events)}, ${options.ledger?.organizationId ?? null}::uuid, ${ledgerArguments(options.ledger?.entries ?? [])})`.execute(
    trx,
  );
  return writtenEventsAndLedger(result.rows[0]!);
}
