import { sql, type Kysely } from 'kysely';

/**
 * Training (issue 14, server/modules/training): a certification catalogue, courses with a question
 * pool, attempts drawn from it with a recorded seed, and answers kept per attempt.
 *
 * The correct answer lives only in `training_questions` and is never presented to a learner: the
 * server scores from it. `submitted_at` is set once by a conditional update, so a second submit, or
 * two racing, score once. An award or sign-off writes `person_certifications` (whose trigger bumps
 * the person's authority_version, so a decision read before it goes stale), with who awarded it, how
 * and from which attempt, and a revocation its reason.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_certifications (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      key text not null,
      title text not null,
      description text not null default '',
      validity_months integer not null check (validity_months between 1 and 120),
      recert_window_days integer not null default 30 check (recert_window_days between 0 and 365),
      unique (organization_id, key)
    )`.execute(db);
  await sql`
    create table training_courses (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      title text not null,
      summary text not null default '',
      certification_key text,
      pass_mark integer not null check (pass_mark between 1 and 100),
      questions_per_attempt integer not null check (questions_per_attempt between 1 and 100),
      retake_cooldown_hours integer not null default 0 check (retake_cooldown_hours between 0 and 8760),
      time_limit_minutes integer check (time_limit_minutes between 1 and 600),
      state text not null default 'draft' check (state in ('draft', 'published', 'archived')),
      created_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      foreign key (organization_id, certification_key) references training_certifications (organization_id, key)
    )`.execute(db);
  await sql`
    create table training_questions (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      course_id uuid not null references training_courses (id) on delete cascade,
      position integer not null,
      kind text not null check (kind in ('single', 'multiple', 'true_false')),
      prompt text not null,
      options jsonb not null default '[]',
      correct jsonb not null,
      explanation text not null default ''
    )`.execute(db);
  await sql`create index training_questions_course_idx on training_questions (course_id, position)`.execute(
    db,
  );
  await sql`
    create table training_attempts (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      course_id uuid not null references training_courses (id) on delete cascade,
      seed integer not null,
      question_ids uuid[] not null,
      started_at timestamptz not null default now(),
      submitted_at timestamptz,
      score integer,
      passed boolean,
      check ((submitted_at is null) = (score is null) and (score is null) = (passed is null))
    )`.execute(db);
  // The learner's attempts at a course, newest first: the cooldown reads the last one.
  await sql`create index training_attempts_person_idx on training_attempts (person_id, course_id, started_at desc)`.execute(
    db,
  );
  await sql`
    create table training_answers (
      attempt_id uuid not null references training_attempts (id) on delete cascade,
      question_id uuid not null references training_questions (id) on delete cascade,
      answer jsonb not null,
      answered_at timestamptz not null default now(),
      primary key (attempt_id, question_id)
    )`.execute(db);
  await sql`
    alter table person_certifications
      add column source text check (source in ('assessment', 'sign_off')),
      add column awarded_by uuid references people (id) on delete set null,
      add column attempt_id uuid references training_attempts (id) on delete set null,
      add column note text,
      add column revoked_by uuid references people (id) on delete set null,
      add column revoked_reason text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person_certifications
      drop column source, drop column awarded_by, drop column attempt_id, drop column note,
      drop column revoked_by, drop column revoked_reason`.execute(db);
  await sql`drop table training_answers`.execute(db);
  await sql`drop table training_attempts`.execute(db);
  await sql`drop table training_questions`.execute(db);
  await sql`drop table training_courses`.execute(db);
  await sql`drop table training_certifications`.execute(db);
}
