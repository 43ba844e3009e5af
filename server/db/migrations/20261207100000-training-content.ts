import { sql, type Kysely } from 'kysely';

/**
 * Course content (issue 14, server/modules/training): ordered lessons and each learner's progress
 * through them, a course's prerequisites, and practice-situation questions inside assessments.
 *
 * A situation question keeps its situation (domain/training/practice-situation.ts) and no answer key:
 * it is graded at submit with the policy in force for the learner then, so `correct` is null exactly
 * for it. Progress is one row per person and lesson, so it resumes on any device.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table training_lessons (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      course_id uuid not null references training_courses (id) on delete cascade,
      position integer not null,
      title text not null,
      body text not null default '',
      article_ids uuid[] not null default '{}',
      unique (course_id, position)
    )`.execute(db);
  await sql`
    create table training_lesson_progress (
      person_id uuid not null references people (id) on delete cascade,
      lesson_id uuid not null references training_lessons (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      course_id uuid not null references training_courses (id) on delete cascade,
      completed_at timestamptz not null,
      primary key (person_id, lesson_id)
    )`.execute(db);
  // A learner's progress through one course: the course view and GET /me read it so.
  await sql`create index training_lesson_progress_course_idx on training_lesson_progress (person_id, course_id)`.execute(
    db,
  );
  await sql`
    alter table training_courses
      add column required_certifications text[] not null default '{}',
      add column required_course_ids uuid[] not null default '{}'`.execute(db);
  await sql`
    alter table training_questions
      drop constraint training_questions_kind_check,
      add constraint training_questions_kind_check
        check (kind in ('single', 'multiple', 'true_false', 'situation')),
      alter column correct drop not null,
      add column situation jsonb,
      add constraint training_questions_situation_check
        check ((kind = 'situation') = (situation is not null) and (situation is null) = (correct is not null))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from training_questions where kind = 'situation'`.execute(db);
  await sql`
    alter table training_questions
      drop constraint training_questions_situation_check,
      drop column situation,
      alter column correct set not null,
      drop constraint training_questions_kind_check,
      add constraint training_questions_kind_check check (kind in ('single', 'multiple', 'true_false'))`.execute(
    db,
  );
  await sql`
    alter table training_courses drop column required_certifications, drop column required_course_ids`.execute(
    db,
  );
  await sql`drop table training_lesson_progress`.execute(db);
  await sql`drop table training_lessons`.execute(db);
}
