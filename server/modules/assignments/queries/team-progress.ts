import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { statusAt } from '../assignment-rows.ts';

const MAX_TEAMS = 100;

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * Completion and pass rate per team, counted by each active person's team now: assignments not
 * cancelled (done, overdue) and submitted attempts (passed), optionally of one course.
 */
export async function teamProgress(options: {
  db: Db;
  organizationId: string;
  now: Date;
  team?: string | undefined;
  courseId?: string | undefined;
}) {
  const { organizationId, team, courseId } = options;
  const teamIs = (column: string) => (team ? sql`and ${sql.raw(column)} = ${team}::uuid` : sql``);
  const courseIs = (column: string) =>
    courseId ? sql`and ${sql.raw(column)} = ${courseId}::uuid` : sql``;
  const result = await sql<{
    id: string;
    name: string;
    people: number;
    assignments: number;
    done: number;
    overdue: number;
    attempts: number;
    passed: number;
  }>`
    with members as (
      select p.id, p.team_id from people p
      where p.organization_id = ${organizationId}::uuid and p.active and p.team_id is not null
        ${teamIs('p.team_id')}
    ),
    asg as (
      select m.team_id, ${statusAt(options.now)} as status
      from training_assignments a join members m on m.id = a.person_id
      where a.cancelled_at is null ${courseIs('a.course_id')}
    ),
    att as (
      select m.team_id, t.passed from training_attempts t join members m on m.id = t.person_id
      where t.organization_id = ${organizationId}::uuid and t.submitted_at is not null
        ${courseIs('t.course_id')}
    )
    select tm.id, tm.name,
      (select count(*) from members m where m.team_id = tm.id)::int as people,
      (select count(*) from asg where asg.team_id = tm.id)::int as assignments,
      (select count(*) from asg where asg.team_id = tm.id and asg.status = 'done')::int as done,
      (select count(*) from asg where asg.team_id = tm.id and asg.status = 'overdue')::int as overdue,
      (select count(*) from att where att.team_id = tm.id)::int as attempts,
      (select count(*) from att where att.team_id = tm.id and att.passed)::int as passed
    from teams tm
    where tm.organization_id = ${organizationId}::uuid ${teamIs('tm.id')}
    order by tm.name, tm.id
    limit ${MAX_TEAMS}`.execute(options.db);
  return result.rows.map((row) => ({
    team: { id: row.id, name: row.name },
    people: row.people,
    assignments: row.assignments,
    done: row.done,
    overdue: row.overdue,
    completionRate: rate(row.done, row.assignments),
    attempts: row.attempts,
    passed: row.passed,
    passRate: rate(row.passed, row.attempts),
  }));
}
