import { sql, type RawBuilder } from 'kysely';

import { ledgerEntryTail } from '../../../domain/ledger/entry-hash.ts';
import { eventDataSchemas, EVENTS_CHANNEL, type NewEvent } from '../../realtime/event-types.ts';
import type { NewLedgerEntry } from './ledger-entry.ts';

/** First key of the two-key advisory locks on event streams, so they cannot collide with anyone else's. */
const EVENT_LOCK_NAMESPACE = 0x4c57;

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
