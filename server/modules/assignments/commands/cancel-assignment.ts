import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { assignmentRows } from '../assignment-rows.ts';
import { presentAssignment } from '../presenter.ts';

/** Cancels an assignment once (a conditional update: a second cancel is 409); no reminder follows it. */
export async function cancelAssignment(options: {
  db: Db;
  organizationId: string;
  trainerId: string;
  assignmentId: string;
  now: Date;
}) {
  const { db, organizationId, assignmentId, now } = options;
  const cancelled = await db
    .updateTable('trainingAssignments')
    .set({ cancelledAt: now, cancelledBy: options.trainerId })
    .where('organizationId', '=', organizationId)
    .where('id', '=', assignmentId)
    .where('cancelledAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  const row = await assignmentRows(db, organizationId, now)
    .where('a.id', '=', assignmentId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Assignment');
  if (!cancelled) throw new AppError('conflict', 'The assignment is already cancelled');
  return presentAssignment(row);
}
