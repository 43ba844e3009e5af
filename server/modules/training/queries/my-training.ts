import type { Db } from '../../../db/database.ts';
import { myRefreshers, myRenewals } from '../lifecycle/queries/my-renewals.ts';
import { presentHeldCertification } from '../presenter.ts';

/**
 * A learner's overview, bounded by the organization's courses and catalogue rather than paged: the
 * latest attempt at each course, and the latest certification of each key (in force, expired or
 * revoked; an extension supersedes the row before it).
 */
export async function myTraining(options: { db: Db; organizationId: string; personId: string }) {
  const { db, organizationId, personId } = options;
  const [attempts, held, catalogue, renewals, refreshers] = await Promise.all([
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
    myRenewals(options),
    myRefreshers(options),
  ]);
  const byKey = new Map(catalogue.map((c) => [c.key, c]));
  return {
    attempts: attempts.map((a) => ({
      ...a,
      startedAt: a.startedAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
    })),
    certifications: held.map((row) => presentHeldCertification(row, byKey.get(row.certification))),
    renewals,
    refreshers,
  };
}
