import { sql, type Kysely } from 'kysely';

/**
 * UUIDv7 (RFC 9562: 48 bits of Unix milliseconds, then random bits) for bulk inserts. An import
 * writes millions of customers or orders in one statement; with random ids every row lands on a
 * random leaf of the primary key, so once the index outgrows shared buffers each insert reads and
 * dirties a page of its own (and WAL logs a full page image after each checkpoint). Ids that grow
 * with time are appended at the index's right edge instead. They stay unguessable (70 random bits).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One expression, no FROM, so PostgreSQL inlines it into the INSERT … SELECT that calls it per row.
  // Bytes: 6 of milliseconds, 0x70 (version 7, rand_a's high bits zero), then the random uuid's rest
  // (its variant bits stay RFC 9562's).
  await sql`
    create function time_ordered_uuid() returns uuid language sql volatile parallel safe as $$
      select encode(
        substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
          || '\\x70'::bytea || substring(uuid_send(gen_random_uuid()) from 8),
        'hex')::uuid
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function time_ordered_uuid()`.execute(db);
}
