import { sql, type Kysely } from 'kysely';

/** Telephony pops match callers on the last ten digits, however the number was written. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index customers_phone_digits_idx on customers (organization_id, right(regexp_replace(phone, '\\D', '', 'g'), 10))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index customers_phone_digits_idx`.execute(db);
}
