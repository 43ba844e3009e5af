import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { assignmentRows, statusAt } from '../assignment-rows.ts';
import { presentAssignment } from '../presenter.ts';
import { expiringCertifications } from './expiring-certifications.ts';
import { questionStats } from './question-stats.ts';

const FIRST = 10;
const DUE_SOON_DAYS = 7;
/** A question needs a look when fewer than this share answer it right, over at least this many answers. */
const WEAK_SHARE = 0.6;
const WEAK_MIN_ANSWERS = 5;

/** What needs a trainer today: each list a count and its first few, so the page stays small. */
export async function trainerToday(options: { db: Db; organizationId: string; now: Date }) {
  const { db, organizationId, now } = options;
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
  const overdue = assignmentRows(db, organizationId, now).where(statusAt(now), '=', 'overdue');
  const dueSoon = assignmentRows(db, organizationId, now)
    .where(statusAt(now), 'in', ['not_started', 'in_progress'])
    .where('a.dueAt', '<=', soon);
  const [overdueFirst, overdueCount, soonFirst, soonCount, expiring, weakQuestions] =
    await Promise.all([
      overdue.orderBy('a.dueAt').orderBy('a.id').limit(FIRST).execute(),
      countOf(overdue),
      dueSoon.orderBy('a.dueAt').orderBy('a.id').limit(FIRST).execute(),
      countOf(dueSoon),
      expiringCertifications({ db, organizationId, now, limit: FIRST }),
      questionStats({
        db,
        organizationId,
        minAnswered: WEAK_MIN_ANSWERS,
        belowRightShare: WEAK_SHARE,
        limit: 5,
      }),
    ]);
  return {
    overdue: { count: overdueCount, first: overdueFirst.map(presentAssignment) },
    dueSoon: { count: soonCount, first: soonFirst.map(presentAssignment) },
    expiring,
    // Sign-off requests do not exist yet: a trainer signs off on their own initiative.
    signOffRequests: [],
    weakQuestions,
  };
}

async function countOf(query: ReturnType<typeof assignmentRows>): Promise<number> {
  const row = await query
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}
