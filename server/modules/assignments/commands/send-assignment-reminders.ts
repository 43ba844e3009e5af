import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';

const DAY = 86_400_000;
/** A reminder goes out when the due date is this close. */
export const DUE_SOON_MS = 2 * DAY;
const BATCH = 500;

type Reminder = 'due_soon' | 'overdue';

/**
 * The housekeeping sweep's reminders: once when an open assignment's due date is two days away and
 * once when it has passed, to the assignee. Each is claimed by a conditional update of its column
 * (rows taken FOR UPDATE SKIP LOCKED), in the same transaction as its event, so a reminder is sent
 * once however often or on how many instances the sweep runs. One already overdue when first seen
 * gets only the overdue reminder. A done assignment gets none.
 */
export async function sendAssignmentReminders(options: {
  db: Db;
  now: Date;
}): Promise<{ dueSoon: number; overdue: number }> {
  let overdue = 0;
  let dueSoon = 0;
  for (;;) {
    const sent = await remindBatch(options.db, options.now, 'overdue');
    overdue += sent;
    if (sent < BATCH) break;
  }
  for (;;) {
    const sent = await remindBatch(options.db, options.now, 'due_soon');
    dueSoon += sent;
    if (sent < BATCH) break;
  }
  return { dueSoon, overdue };
}

async function remindBatch(db: Db, now: Date, reminder: Reminder): Promise<number> {
  const at = now.toISOString();
  const column = reminder === 'overdue' ? sql`reminded_overdue_at` : sql`reminded_due_soon_at`;
  const due =
    reminder === 'overdue'
      ? sql`a.due_at <= ${at}::timestamptz`
      : sql`a.due_at > ${at}::timestamptz and a.due_at <= ${new Date(now.getTime() + DUE_SOON_MS).toISOString()}::timestamptz`;
  return db.transaction().execute(async (trx) => {
    const claimed = await sql<{
      id: string;
      organizationId: string;
      personId: string;
      courseId: string;
      dueAt: Date;
    }>`
      update training_assignments a set ${column} = ${at}::timestamptz
        ${reminder === 'overdue' ? sql`, reminded_due_soon_at = coalesce(a.reminded_due_soon_at, ${at}::timestamptz)` : sql``}
      where a.id in (
        select a.id from training_assignments a
        where a.cancelled_at is null and a.reminded_overdue_at is null and a.${column} is null and ${due}
          and not exists (select 1 from training_attempts t where t.person_id = a.person_id
            and t.course_id = a.course_id and t.passed and t.submitted_at >= a.created_at)
        order by a.due_at limit ${BATCH}
        for update skip locked)
      returning a.id, a.organization_id, a.person_id, a.course_id, a.due_at`.execute(trx);
    if (claimed.rows.length === 0) return 0;
    const titles = await trx
      .selectFrom('trainingCourses')
      .select(['id', 'title'])
      .where('id', 'in', [...new Set(claimed.rows.map((r) => r.courseId))])
      .execute();
    const titleOf = new Map(titles.map((c) => [c.id, c.title]));
    await writeEventsAndLedger(trx, {
      events: claimed.rows.map((row) => ({
        organizationId: row.organizationId,
        recipientId: row.personId,
        type: 'training.assignment_reminder' as const,
        data: {
          assignmentId: row.id,
          courseId: row.courseId,
          courseTitle: titleOf.get(row.courseId) ?? '',
          dueAt: new Date(row.dueAt).toISOString(),
          reminder,
        },
      })),
    });
    return claimed.rows.length;
  });
}
