import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { EVENTS_CHANNEL, eventDataSchemas, type NewEvent } from './event-types.ts';

/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more; stay well under. */
const MAX_PAYLOAD_BYTES = 7900;
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
  for (const key of lockKeys(events.map((e) => e.recipientId))) {
    await sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${key})`.execute(db);
  }

  const inserted = await db.insertInto('events').values(rows).returning('id').execute();
  const ids = inserted.map((row) => row.id);
  await sql`select pg_notify(${EVENTS_CHANNEL}, payload) from unnest(${payloads(ids)}::text[]) as payload`.execute(db);
  return ids;
}

/** One int4 key per recipient (the uuid's first 32 random bits), deduplicated and sorted so every writer locks in the same order. */
function lockKeys(recipientIds: string[]): number[] {
  const keys = new Set(recipientIds.map((id) => Number.parseInt(id.replaceAll('-', '').slice(0, 8), 16) | 0));
  return [...keys].sort((a, b) => a - b);
}

/** Comma-separated ids, split so each payload stays under PostgreSQL's limit. */
export function payloads(ids: number[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const id of ids) {
    const next = current ? `${current},${id}` : String(id);
    if (next.length > MAX_PAYLOAD_BYTES) {
      chunks.push(current);
      current = String(id);
    } else current = next;
  }
  if (current) chunks.push(current);
  return chunks;
}
