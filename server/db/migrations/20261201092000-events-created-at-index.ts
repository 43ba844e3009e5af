import { sql, type Kysely } from 'kysely';

/**
 * Housekeeping deletes live events by age. Events are appended in time order, so a BRIN index (a few
 * pages for millions of rows, next to nothing to maintain on the hot insert path) finds the old ones.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index events_created_at_brin on events using brin (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index events_created_at_brin`.execute(db);
}
