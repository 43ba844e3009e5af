import { sql, type Kysely } from 'kysely';

/**
 * A dry run's checked customers or orders wait for their apply in a table of their own (one per
 * import, dropped when it is applied or when the dry run found bad rows), in a schema of their own:
 * outside `public`, whose tables the modules declare.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create schema import_staging`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop schema import_staging cascade`.execute(db);
}
