import { sql, type Kysely } from 'kysely';

/**
 * Course assignments (issue 14, server/modules/assignments): one row per person, also when a
 * trainer assigns a team (the team is kept as where it came from), so each person's status,
 * reminders and cancellation are their own. The two reminder columns are set once by the
 * housekeeping sweep's conditional update, which is what keeps a reminder from being sent twice,
 * also by two instances at once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_assignments (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      course_id uuid not null references training_courses (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      team_id uuid references teams (id) on delete set null,
      due_at timestamptz not null,
      assigned_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      cancelled_at timestamptz,
      cancelled_by uuid references people (id) on delete set null,
      reminded_due_soon_at timestamptz,
      reminded_overdue_at timestamptz
    )`.execute(db);
  // The list, newest first, and a learner's own.
  await sql`create index training_assignments_list_idx on training_assignments (organization_id, created_at desc, id desc)`.execute(
    db,
  );
  await sql`create index training_assignments_person_idx on training_assignments (person_id, course_id)`.execute(
    db,
  );
  // The reminder sweep reads only open rows not yet reminded twice, by due date.
  await sql`create index training_assignments_due_idx on training_assignments (due_at) where cancelled_at is null and reminded_overdue_at is null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table training_assignments`.execute(db);
}
