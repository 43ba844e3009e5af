import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { EVENTS_CHANNEL, eventDataSchemas, type NewEvent } from './event-types.ts';

/**
 * Ids per NOTIFY. PostgreSQL refuses payloads of 8000 bytes or more; a bigint id is at most 19 digits
 * and a comma, so 300 of them (6000 bytes) always fit.
 */
const IDS_PER_PAYLOAD = 300;
/** First key of the two-key advisory locks taken here, so they cannot collide with anyone else's. */
const LOCK_NAMESPACE = 0x4c57;

/**
 * Records live events in the caller's transaction (the outbox) and asks PostgreSQL to NOTIFY every
 * instance with their ids. PostgreSQL delivers notifications only at commit, so a rolled-back change
 * announces nothing, and a listener that reads the rows after the notification always finds them.
 *
 * Call it at the end of the transaction: it locks each recipient's event stream until commit (see
 * below), and taking row locks after it invites deadlocks. The one exception is the ledger append,
 * whose head row every transaction takes last of all and nothing waits on while holding an event lock.
 * Returns the new ids, in the order given.
 */
export async function recordEvents(db: Kysely<Database> | Transaction<Database>, events: NewEvent[]): Promise<number[]> {
  if (events.length === 0) return [];
  // The NOTIFY and the lock only mean something inside the transaction that inserts the rows.
  if (!db.isTransaction) return db.transaction().execute((trx) => recordEvents(trx, events));

  const rows = events.map((event) => ({
    organizationId: event.organizationId,
    recipientId: event.recipientId,
    type: event.type,
    data: JSON.stringify(eventDataSchemas[event.type].parse(event.data)),
  }));

  // Ids come from a sequence, so two concurrent transactions can commit out of id order. Readers
  // resume from "the last id I saw" (Last-Event-ID, the hub after a reconnect), which is only safe
  // if, per recipient, commit order is id order: serialize the writers of each recipient's stream.
  // One statement for all of them: unnest yields the sorted keys in array order, so every writer
  // takes its locks in the same order and two writers cannot deadlock.
  await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, key) from unnest(${lockKeys(events.map((e) => e.recipientId))}::int4[]) as key`.execute(db);

  // The rows and their NOTIFY in one statement; arrays keep its text (and plan) the same for any count.
  // Ids come from the sequence in array order, and come back in that order.
  const inserted = await sql<{ id: number }>`
    with inserted as (
      insert into events (organization_id, recipient_id, type, data)
      select organization_id, recipient_id, type, data::jsonb
      from unnest(${rows.map((r) => r.organizationId)}::uuid[], ${rows.map((r) => r.recipientId)}::uuid[], ${rows.map((r) => r.type)}::text[], ${rows.map((r) => r.data)}::text[])
        as e(organization_id, recipient_id, type, data)
      returning id
    ), notified as (
      select pg_notify(${EVENTS_CHANNEL}, string_agg(id::text, ',' order by id))
      from (select id, (row_number() over (order by id) - 1) / ${IDS_PER_PAYLOAD}::int as chunk from inserted) numbered
      group by chunk
    )
    select id from inserted where (select count(*) from notified) >= 0`.execute(db);
  const ids = inserted.rows.map((row) => Number(row.id));
  return ids;
}

/** One int4 key per recipient (the uuid's first 32 random bits), deduplicated and sorted so every writer locks in the same order. */
function lockKeys(recipientIds: string[]): number[] {
  const keys = new Set(recipientIds.map((id) => Number.parseInt(id.replaceAll('-', '').slice(0, 8), 16) | 0));
  return [...keys].sort((a, b) => a - b);
}
