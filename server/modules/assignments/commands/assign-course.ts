import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';
import { assignmentRows, statusAt } from '../assignment-rows.ts';
import { presentAssignment } from '../presenter.ts';

export type AssignCourseOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  courseId: string;
  /** Everyone active in the team now; or the people named. Exactly one of the two. */
  teamId?: string | undefined;
  personIds?: string[] | undefined;
  dueAt: string;
  now: Date;
};

/**
 * Assigns a published course to each person, with one live event to each. Someone who already has
 * an open assignment of the course (not done, not cancelled) is skipped rather than given a second
 * due date, and named in `skipped`.
 */
export async function assignCourse(options: AssignCourseOptions) {
  const { db, organizationId, now } = options;
  const dueAt = new Date(options.dueAt);
  if (dueAt <= now) throw AppError.invalid('dueAt', 'must be in the future');
  return db.transaction().execute(async (trx) => {
    const course = await trx
      .selectFrom('trainingCourses')
      .select(['id', 'title', 'state'])
      .where('organizationId', '=', organizationId)
      .where('id', '=', options.courseId)
      .executeTakeFirst();
    if (!course) throw AppError.notFound('Course');
    if (course.state !== 'published')
      throw AppError.invalid('courseId', 'only a published course can be assigned');
    const people = await targets(trx, options);
    const open = await assignmentRows(trx, organizationId, now)
      .where('a.courseId', '=', course.id)
      .where(
        'a.personId',
        'in',
        people.length > 0 ? people : ['00000000-0000-0000-0000-000000000000'],
      )
      .where(statusAt(now), 'in', ['not_started', 'in_progress', 'overdue'])
      .execute();
    const skipped = new Set(open.map((row) => row.personId));
    const fresh = people.filter((id) => !skipped.has(id));
    if (fresh.length === 0) return { assignments: [], skipped: [...skipped] };
    const inserted = await trx
      .insertInto('trainingAssignments')
      .values(
        fresh.map((personId) => ({
          organizationId,
          courseId: course.id,
          personId,
          teamId: options.teamId ?? null,
          dueAt,
          assignedBy: options.trainerId,
          createdAt: now,
        })),
      )
      .returning(['id', 'personId'])
      .execute();
    await writeEventsAndLedger(trx, {
      events: inserted.map((row) => ({
        organizationId,
        recipientId: row.personId,
        type: 'training.assigned' as const,
        data: {
          assignmentId: row.id,
          courseId: course.id,
          courseTitle: course.title,
          dueAt: dueAt.toISOString(),
        },
      })),
    });
    const rows = await assignmentRows(trx, organizationId, now)
      .where(
        'a.id',
        'in',
        inserted.map((row) => row.id),
      )
      .orderBy(sql.ref('p.name'))
      .execute();
    return { assignments: rows.map(presentAssignment), skipped: [...skipped] };
  });
}

/** The people an assignment names: a team's active members, or the named people, all in the organization. */
async function targets(db: Db, options: AssignCourseOptions): Promise<string[]> {
  const { organizationId } = options;
  if (options.teamId !== undefined) {
    const team = await db
      .selectFrom('teams')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', options.teamId)
      .executeTakeFirst();
    if (!team) throw AppError.notFound('Team');
    const members = await db
      .selectFrom('people')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('teamId', '=', team.id)
      .where('active', '=', true)
      .execute();
    return members.map((m) => m.id);
  }
  const wanted = [...new Set(options.personIds ?? [])];
  const found = await db
    .selectFrom('people')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('id', 'in', wanted)
    .where('active', '=', true)
    .execute();
  if (found.length !== wanted.length) throw AppError.notFound('Person');
  return wanted;
}
