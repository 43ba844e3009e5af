import { sql, type RawBuilder } from 'kysely';
import type { z } from 'zod';

import type { assignmentStatus } from '../../../contract/assignments.ts';
import type { Db } from '../../db/database.ts';

export type AssignmentStatus = z.infer<typeof assignmentStatus>;

/**
 * An assignment's status at `now`, in SQL over the row aliased `a`: done is a pass of the course
 * since it was assigned (an older pass is what a re-assignment asks to renew), in progress an
 * attempt started since then. Computed, never stored, so it cannot drift from the attempts.
 */
export function statusAt(now: Date): RawBuilder<AssignmentStatus> {
  const at = now.toISOString();
  return sql<AssignmentStatus>`case
    when a.cancelled_at is not null then 'cancelled'
    when exists (select 1 from training_attempts t where t.person_id = a.person_id
      and t.course_id = a.course_id and t.passed and t.submitted_at >= a.created_at) then 'done'
    when a.due_at <= ${at}::timestamptz then 'overdue'
    when exists (select 1 from training_attempts t where t.person_id = a.person_id
      and t.course_id = a.course_id and t.started_at >= a.created_at) then 'in_progress'
    else 'not_started' end`;
}

/** Assignments of one organization with what their presentation needs, as `a`. */
export function assignmentRows(db: Db, organizationId: string, now: Date) {
  return db
    .selectFrom('trainingAssignments as a')
    .innerJoin('trainingCourses as c', 'c.id', 'a.courseId')
    .innerJoin('people as p', 'p.id', 'a.personId')
    .leftJoin('people as b', 'b.id', 'a.assignedBy')
    .select([
      'a.id',
      'a.courseId',
      'c.title as courseTitle',
      'a.personId',
      'p.name as personName',
      'a.teamId',
      'a.dueAt',
      'a.createdAt',
      'a.assignedBy',
      'b.name as assignedByName',
      'a.cancelledAt',
    ])
    .select(statusAt(now).as('status'))
    .where('a.organizationId', '=', organizationId);
}

export type AssignmentRow = Awaited<
  ReturnType<ReturnType<typeof assignmentRows>['executeTakeFirstOrThrow']>
>;
