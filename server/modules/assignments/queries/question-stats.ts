import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/**
 * Per question, over the answers in submitted attempts (of one team's people, of one course): how
 * many answered, the share right, and the wrong answer picked most, lowest right share first, so a
 * trainer sees which questions (or which distractors) to improve. Questions with options only: a
 * practice situation's answer is graded by the engine, not compared with a stored one.
 */
export async function questionStats(options: {
  db: Db;
  organizationId: string;
  team?: string | undefined;
  courseId?: string | undefined;
  /** Only questions answered at least this often and right less than this share. */
  minAnswered?: number;
  belowRightShare?: number;
  limit: number;
}) {
  const { organizationId, team, courseId } = options;
  const result = await sql<{
    id: string;
    courseId: string;
    courseTitle: string;
    prompt: string;
    options: string[];
    answered: number;
    rightCount: number;
    wrongAnswer: number[] | null;
    wrongCount: number | null;
  }>`
    with ans as (
      select ta.question_id, ta.answer from training_answers ta
      join training_attempts t on t.id = ta.attempt_id
      ${team ? sql`join people p on p.id = t.person_id and p.team_id = ${team}::uuid` : sql``}
      where t.organization_id = ${organizationId}::uuid and t.submitted_at is not null
        ${courseId ? sql`and t.course_id = ${courseId}::uuid` : sql``}
    ),
    stats as (
      select q.id, q.course_id, q.prompt, q.options, count(*)::int as answered,
        (count(*) filter (where ans.answer = q.correct))::int as right_count
      from ans join training_questions q on q.id = ans.question_id
      where q.kind in ('single', 'multiple', 'true_false')
      group by q.id
    ),
    wrong as (
      select distinct on (ans.question_id) ans.question_id, ans.answer, count(*)::int as n
      from ans join training_questions q on q.id = ans.question_id
      where ans.answer <> q.correct
      group by ans.question_id, ans.answer
      order by ans.question_id, count(*) desc, ans.answer::text
    )
    select s.id, s.course_id, c.title as course_title, s.prompt, s.options, s.answered,
      s.right_count, w.answer as wrong_answer, w.n as wrong_count
    from stats s
    join training_courses c on c.id = s.course_id
    left join wrong w on w.question_id = s.id
    where s.answered >= ${options.minAnswered ?? 1}
      ${options.belowRightShare === undefined ? sql`` : sql`and s.right_count < s.answered * ${options.belowRightShare}::float8`}
    order by s.right_count::float8 / s.answered, s.answered desc, s.id
    limit ${options.limit}`.execute(options.db);
  return result.rows.map((row) => ({
    questionId: row.id,
    courseId: row.courseId,
    courseTitle: row.courseTitle,
    prompt: row.prompt,
    options: row.options,
    answered: row.answered,
    rightShare: row.rightCount / row.answered,
    mostPickedWrong:
      row.wrongAnswer && row.wrongCount
        ? {
            answer: row.wrongAnswer,
            labels: row.wrongAnswer.map((i) => row.options[i] ?? String(i)),
            count: row.wrongCount,
          }
        : null,
  }));
}
