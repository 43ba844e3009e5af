import { sql, type Kysely } from 'kysely';

/**
 * The people an applied people import named (created or updated), so the admin can invite the ones
 * who have no password yet (POST /api/imports/:id/invitations). The people table itself does not
 * learn where a person came from: an import is one of several ways in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_people (
      import_id uuid not null references imports (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      primary key (import_id, person_id)
    )`.execute(db);
  await sql`create index import_people_person_idx on import_people (person_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table import_people`.execute(db);
}
