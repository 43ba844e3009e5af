import { sql } from 'kysely';

import type { Db } from '../../../../db/database.ts';
import { loadCompiledPolicy } from '../../../authority/queries/load-compiled-policy.ts';
import { presentPracticeSituation } from '../../../practice/presenter.ts';

/** `now` is the request's time; without it, the server's clock. */
type Learner = { db: Db; organizationId: string; personId: string; now?: Date };

/**
 * My certificates in force inside their recertification window, soonest first, with a published
 * course that awards each again (null when none does: a trainer signs it off).
 */
export async function myRenewals({ db, organizationId, personId, now = new Date() }: Learner) {
  const rows = await db
    .selectFrom('personCertifications as c')
    .innerJoin('trainingCertifications as t', (join) =>
      join
        .onRef('t.organizationId', '=', 'c.organizationId')
        .onRef('t.key', '=', 'c.certification'),
    )
    .select([
      'c.id',
      'c.certification',
      't.title',
      'c.expiresAt',
      (eb) =>
        eb
          .selectFrom('trainingCourses as k')
          .select('k.id')
          .whereRef('k.organizationId', '=', 'c.organizationId')
          .whereRef('k.certificationKey', '=', 'c.certification')
          .where('k.state', '=', 'published')
          .orderBy('k.createdAt', 'desc')
          .limit(1)
          .as('courseId'),
    ])
    .where('c.organizationId', '=', organizationId)
    .where('c.personId', '=', personId)
    .where('c.revokedAt', 'is', null)
    .where('c.expiresAt', '>', now)
    .where(
      sql<boolean>`c.expires_at - make_interval(days => t.recert_window_days) <= ${now.toISOString()}::timestamptz`,
    )
    .orderBy('c.expiresAt')
    .execute();
  return rows.map((row) => ({
    certificationId: row.id,
    key: row.certification,
    title: row.title,
    renewBy: row.expiresAt!.toISOString(),
    courseId: row.courseId,
  }));
}

/**
 * My refreshers from policy changes, newest first (bounded: one per type per published version): the
 * change as lines of a short lesson, and the practice situation to answer while it is unanswered
 * (shown as practice shows a draw, never with an answer). Done once that situation is answered, or
 * when there is none to answer (the type left the policy).
 */
export async function myRefreshers({ db, organizationId, personId }: Learner) {
  const rows = await db
    .selectFrom('trainingRefreshers as r')
    .leftJoin('practiceSituations as s', 's.id', 'r.situationId')
    .select([
      'r.id',
      'r.certification',
      'r.typeKey',
      'r.policyVersion',
      'r.lesson',
      'r.situationId',
      'r.createdAt',
      's.answeredAt',
      's.situation',
      's.source',
    ])
    .where('r.organizationId', '=', organizationId)
    .where('r.personId', '=', personId)
    .orderBy('r.createdAt', 'desc')
    // Two publishes can share a moment (one clock tick, a test's fixed clock): the later version first.
    .orderBy('r.policyVersion', 'desc')
    .orderBy('r.id')
    .limit(50)
    .execute();
  // Labels as the policy in force gives them; a refresher exists only after a publish, so there is one.
  const cp = rows.length > 0 ? await loadCompiledPolicy({ db, organizationId }) : null;
  return rows.map((row) => {
    const practised = row.answeredAt !== null && row.answeredAt !== undefined;
    const open = row.situationId !== null && row.situation !== null && !practised;
    return {
      id: row.id,
      certification: row.certification,
      typeKey: row.typeKey,
      typeLabel: cp?.types.find((t) => t.key === row.typeKey)?.label ?? row.typeKey,
      policyVersion: row.policyVersion,
      lesson: row.lesson,
      lines: row.lesson.split('\n'),
      situationId: row.situationId,
      situation:
        open && cp
          ? presentPracticeSituation(
              { id: row.situationId!, source: row.source!, situation: row.situation! },
              cp,
            )
          : null,
      assignedAt: row.createdAt.toISOString(),
      practised,
      done: !open,
    };
  });
}
