import { sql, type RawBuilder, type Transaction } from 'kysely';

import { ledgerEntryTail } from '../../../../domain/ledger/entry-hash.ts';
import type { Database } from '../../../db/schema.ts';
import { eventDataSchemas, EVENTS_CHANNEL, type NewEvent } from '../../../realtime/event-types.ts';
import type { NewLedgerEntry } from '../ledger-entry.ts';

/** First key of the two-key advisory locks on event streams, so they cannot collide with anyone else's. */
const EVENT_LOCK_NAMESPACE = 0x4c57;

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

export type WrittenEventsAndLedger = {
  eventIds: Array<number | string> | null;
  ledgerSeqs: Array<number | string> | null;
  ledgerHashes: string[] | null;
};

/** What the database function answered, as numbers and places in the chain. */
export function writtenEventsAndLedger(row: WrittenEventsAndLedger): {
  eventIds: number[];
  appended: Array<{ seq: number; hash: string }>;
} {
  const seqs = (row.ledgerSeqs ?? []).map(Number);
  return {
    eventIds: (row.eventIds ?? []).map(Number),
    appended: seqs.map((seq, i) => ({ seq, hash: row.ledgerHashes![i]! })),
  };
}

/**
 * The events' part of the function's arguments (lock namespace, sorted lock keys, channel, then one
 * array per column), shared with `record_decisions`, which takes the same after its own.
 */
export function eventArguments(newEvents: NewEvent[]): RawBuilder<unknown> {
  const events = newEvents.map((event) => ({
    ...event,
    data: JSON.stringify(eventDataSchemas[event.type].parse(event.data)),
  }));
  return sql`${EVENT_LOCK_NAMESPACE}::int4, ${lockKeys(events.map((e) => e.recipientId))}::int4[], ${EVENTS_CHANNEL}::text,
      ${events.map((e) => e.organizationId)}::uuid[], ${events.map((e) => e.recipientId)}::uuid[], ${events.map((e) => e.type)}::text[], ${events.map((e) => e.data)}::text[]`;
}

/** The ledger entries' part: one array per column, and the tail each entry's hash covers (domain/ledger/entry-hash.ts). */
export function ledgerArguments(newEntries: NewLedgerEntry[]): RawBuilder<unknown> {
  // Whole milliseconds: what a timestamptz round trip gives back, so the hash verifies later.
  const entries = newEntries.map((entry) => ({
    ...entry,
    at: new Date(Math.floor(entry.at.getTime())),
    resolutionId: entry.resolutionId ?? null,
    approvalId: entry.approvalId ?? null,
  }));
  return sql`${entries.map((e) => e.at.toISOString())}::timestamptz[], ${entries.map((e) => e.kind)}::text[],
      ${entries.map((e) => e.actorId)}::uuid[], ${entries.map((e) => e.resolutionId)}::uuid[], ${entries.map((e) => e.approvalId)}::uuid[],
      ${entries.map((e) => JSON.stringify(e.data))}::text[], ${entries.map(ledgerEntryTail)}::text[]`;
}

/** One int4 key per recipient (the uuid's first 32 random bits), deduplicated and sorted so every writer locks in the same order. */
function lockKeys(recipientIds: string[]): number[] {
  const keys = new Set(
    recipientIds.map((id) => Number.parseInt(id.replaceAll('-', '').slice(0, 8), 16) | 0),
  );
  return [...keys].sort((a, b) => a - b);
}
