import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { assignmentRows, statusAt } from '../assignment-rows.ts';

const RECENT_DAYS = 90;

/**
 * A learner's assignments for `GET /api/training/me` (training's query calls this): the open ones and
 * those done or cancelled in the last 90 days, soonest due first; bounded, as one person has few.
 */
export async function myAssignments(options: {
  db: Db;
  organizationId: string;
  personId: string;
  now: Date;
}) {
  const since = new Date(options.now.getTime() - RECENT_DAYS * 86_400_000).toISOString();
  const rows = await assignmentRows(options.db, options.organizationId, options.now)
    .where('a.personId', '=', options.personId)
    .where((eb) =>
      eb.or([
        eb(statusAt(options.now), 'in', ['not_started', 'in_progress', 'overdue']),
        eb('a.dueAt', '>=', sql<Date>`${since}::timestamptz`),
      ]),
    )
    .orderBy('a.dueAt')
    .limit(100)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    courseId: row.courseId,
    courseTitle: row.courseTitle,
    dueAt: row.dueAt.toISOString(),
    assignedAt: row.createdAt.toISOString(),
    status: row.status,
  }));
}
