import type { Db } from '../../../db/database.ts';
import { myAssignments } from '../../assignments/queries/my-assignments.ts';
import { myRefreshers, myRenewals } from '../lifecycle/queries/my-renewals.ts';
import { presentHeldCertification } from '../presenter.ts';
import { courseProgress, presentProgress } from './course-progress.ts';

/**
 * A learner's overview, bounded by the organization's courses and catalogue rather than paged: the
 * latest attempt at each course, and the latest certification of each key (in force, expired or
 * revoked; an extension supersedes the row before it), and my progress through the lessons of each
 * published course I have begun.
 */
export async function myTraining(options: {
  db: Db;
  organizationId: string;
  personId: string;
  now: Date;
}) {
  const { db, organizationId, personId } = options;
  const [assignments, attempts, held, catalogue, begun, renewals, refreshers] = await Promise.all([
    myAssignments(options),
    db
      .selectFrom('trainingAttempts')
      .select(['id', 'courseId', 'startedAt', 'submittedAt', 'score', 'passed'])
      .where('organizationId', '=', organizationId)
      .where('personId', '=', personId)
      .distinctOn('courseId')
      .orderBy('courseId')
      .orderBy('startedAt', 'desc')
      .execute(),
    db
      .selectFrom('personCertifications')
      .selectAll()
      .where('organizationId', '=', organizationId)
      .where('personId', '=', personId)
      .distinctOn('certification')
      .orderBy('certification')
      .orderBy('issuedAt', 'desc')
      .execute(),
    db
      .selectFrom('trainingCertifications')
      .select(['key', 'title', 'description'])
      .where('organizationId', '=', organizationId)
      .execute(),
    db
      .selectFrom('trainingLessonProgress')
      .innerJoin('trainingCourses', 'trainingCourses.id', 'trainingLessonProgress.courseId')
      .select('trainingLessonProgress.courseId')
      .distinct()
      .where('trainingLessonProgress.organizationId', '=', organizationId)
      .where('trainingLessonProgress.personId', '=', personId)
      .where('trainingCourses.state', '=', 'published')
      .execute(),
    myRenewals(options),
    myRefreshers(options),
  ]);
  const progress = await courseProgress(db, {
    personId,
    courseIds: begun.map((b) => b.courseId).sort(),
  });
  const byKey = new Map(catalogue.map((c) => [c.key, c]));
  return {
    assignments,
    attempts: attempts.map((a) => ({
      ...a,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    certifications: held.map((row) => presentHeldCertification(row, byKey.get(row.certification))),
    progress: [...progress.values()].map(presentProgress),
    renewals,
    refreshers,
  };
}
