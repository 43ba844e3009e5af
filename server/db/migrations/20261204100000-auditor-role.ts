import { sql, type Kysely } from 'kysely';

/**
 * The auditor role (issue 12): people.role's check constraint, which repeats contract/roles.ts, names
 * it too. The constraint was declared on the column without a name, so PostgreSQL called it
 * people_role_check; no other table keeps a role.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table people drop constraint people_role_check`.execute(db);
  await sql`
    alter table people add constraint people_role_check
      check (role in ('agent', 'approver', 'team_leader', 'trainer', 'admin', 'auditor'))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table people drop constraint people_role_check`.execute(db);
  await sql`
    alter table people add constraint people_role_check
      check (role in ('agent', 'approver', 'team_leader', 'trainer', 'admin'))`.execute(db);
}
