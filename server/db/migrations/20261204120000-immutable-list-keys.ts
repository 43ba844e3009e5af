import { sql, type Kysely } from 'kysely';

/**
 * People, teams and customers page on when they were made and their id, keys nothing edits, instead
 * of the name, which a rename moves past or before a client's cursor mid-walk. Teams had no such
 * time: the ones there now share the migration's, and their ids order them. The indexes serve each
 * page from the cursor on, as resolutions_org_created_idx does for resolutions.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table teams add column created_at timestamptz not null default now()`.execute(db);
  for (const table of ['people', 'teams', 'customers'])
    await sql`create index ${sql.id(`${table}_org_created_idx`)} on ${sql.table(table)} (organization_id, created_at, id)`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['people', 'teams', 'customers'])
    await sql`drop index ${sql.id(`${table}_org_created_idx`)}`.execute(db);
  await sql`alter table teams drop column created_at`.execute(db);
}
