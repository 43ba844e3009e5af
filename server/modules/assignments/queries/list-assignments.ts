import type { z } from 'zod';

import type { assignmentsQuery } from '../../../../contract/assignments.ts';
import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import { assignmentRows, statusAt } from '../assignment-rows.ts';
import { presentAssignment } from '../presenter.ts';

/** Newest first, by when an assignment was made (set once) and its id. */
const keys = keyset('training-assignments', ['time', 'uuid']);

/** The organization's assignments, narrowed by course, team (its people now), person or status. */
export async function listAssignments(
  options: { db: Db; organizationId: string; now: Date } & z.infer<typeof assignmentsQuery>,
) {
  let query = assignmentRows(options.db, options.organizationId, options.now).select(
    exactTime('a.createdAt').as('keyTime'),
  );
  if (options.courseId) query = query.where('a.courseId', '=', options.courseId);
  if (options.personId) query = query.where('a.personId', '=', options.personId);
  if (options.teamId) query = query.where('p.teamId', '=', options.teamId);
  if (options.status) query = query.where(statusAt(options.now), '=', options.status);
  const page = await newestFirstPage(
    query,
    { keys, time: 'a.createdAt', id: 'a.id' },
    { cursor: options.cursor, limit: options.limit },
  );
  return { assignments: page.rows.map(presentAssignment), nextCursor: page.nextCursor };
}
