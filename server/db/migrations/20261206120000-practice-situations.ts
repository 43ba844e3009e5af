import { sql, type Kysely } from 'kysely';

/**
 * Practice situations (issue 14, server/modules/practice). A learner's draw is stored before it is
 * shown, so the answer is graded on the server from what was stored, never from what a browser sends
 * back. A trainer's pick from a real decision is a row with no person: a template the draws copy.
 * `answered_at` is set once, by a conditional update, so a second or racing answer finds it taken.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table practice_situations (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid references people (id) on delete cascade,
      situation jsonb not null,
      seed integer not null,
      source text not null check (source in ('generated', 'picked')),
      from_resolution_id uuid references resolutions (id) on delete set null,
      picked_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      answered_at timestamptz,
      correct boolean,
      check ((answered_at is null) = (correct is null))
    )`.execute(db);
  // A draw mixes in the organization's picked templates (person_id null), optionally of one type.
  await sql`create index practice_situations_templates_idx on practice_situations (organization_id, (situation -> 'asks' ->> 'type')) where person_id is null`.execute(
    db,
  );
  await sql`create index practice_situations_person_idx on practice_situations (organization_id, person_id, created_at) where person_id is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table practice_situations`.execute(db);
}
