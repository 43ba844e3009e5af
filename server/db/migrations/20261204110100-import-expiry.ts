import { sql, type Kysely } from 'kysely';

/**
 * A dry run never applied expires (housekeeping drops its staging table and file): the import's
 * row stays, as the record of what was uploaded and checked, with status `expired`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table imports drop constraint imports_status_check`.execute(db);
  await sql`alter table imports add constraint imports_status_check check (status in ('dry_run', 'applied', 'expired'))`.execute(
    db,
  );
  await sql`alter table imports add column expired_at timestamptz`.execute(db);
  // The sweep looks for old dry runs across every organization.
  await sql`create index imports_dry_run_created_idx on imports (created_at) where status = 'dry_run'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index imports_dry_run_created_idx`.execute(db);
  await sql`update imports set status = 'dry_run' where status = 'expired'`.execute(db);
  await sql`alter table imports drop column expired_at`.execute(db);
  await sql`alter table imports drop constraint imports_status_check`.execute(db);
  await sql`alter table imports add constraint imports_status_check check (status in ('dry_run', 'applied'))`.execute(
    db,
  );
}
