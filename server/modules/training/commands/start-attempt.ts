import { randomInt } from 'node:crypto';

import { drawQuestions } from '../../../../domain/training/draw-questions.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { recordStatement } from '../../xapi/record-statement.ts';
import { presentLearnerQuestion } from '../presenter.ts';
import { describeMissing, missingPrerequisites } from '../queries/missing-prerequisites.ts';

export type StartAttemptOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  courseId: string;
  /** The deployment's PUBLIC_URL: the xAPI statement's activity IRI lives under it. */
  publicUrl: string;
  now: Date;
};

/**
 * Starts an attempt at a published course: questions drawn from its pool with a seed recorded in the
 * row (so the draw can be replayed), never their answers. Without the course's prerequisites it is
 * refused naming what is missing (details.missing lists them); a retake inside the course's cooldown
 * is refused with the moment it opens. The person's row is locked so two starts racing draw once each
 * in turn and the second sees the first. The start is recorded as an xAPI `launched`.
 */
export async function startAttempt(options: StartAttemptOptions) {
  const { organizationId, personId, courseId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const course = await trx
      .selectFrom('trainingCourses')
      .select([
        'id',
        'title',
        'questionsPerAttempt',
        'retakeCooldownHours',
        'requiredCertifications',
        'requiredCourseIds',
      ])
      .where('organizationId', '=', organizationId)
      .where('id', '=', courseId)
      .where('state', '=', 'published')
      .executeTakeFirst();
    if (!course) throw AppError.notFound('Course');
    const learner = await trx
      .selectFrom('people')
      .select(['name', 'email'])
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const missing = await missingPrerequisites(trx, {
      organizationId,
      personId,
      requires: {
        certifications: course.requiredCertifications,
        courses: course.requiredCourseIds,
      },
      now,
    });
    if (missing.length > 0)
      throw new AppError(
        'conflict',
        `First you need ${describeMissing(missing)}`,
        undefined,
        undefined,
        {
          missing,
        },
      );
    const last = await trx
      .selectFrom('trainingAttempts')
      .select(['startedAt', 'submittedAt', 'passed'])
      .where('personId', '=', personId)
      .where('courseId', '=', courseId)
      .orderBy('startedAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last?.submittedAt && last.passed === false) {
      const opens = new Date(last.submittedAt.getTime() + course.retakeCooldownHours * 3_600_000);
      if (opens > now)
        throw new AppError('conflict', `A retake opens at ${opens.toISOString()}`, 'opensAt');
    }
    const pool = await trx
      .selectFrom('trainingQuestions')
      .select(['id', 'kind', 'prompt', 'options', 'situation'])
      .where('courseId', '=', courseId)
      .orderBy('position')
      .execute();
    const seed = randomInt(2 ** 31);
    const drawn = drawQuestions(pool, course.questionsPerAttempt, seed);
    const attempt = await trx
      .insertInto('trainingAttempts')
      .values({
        organizationId,
        personId,
        courseId,
        seed,
        questionIds: drawn.map((q) => q.id),
        startedAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordStatement(trx, {
      organizationId,
      publicUrl: options.publicUrl,
      actor: { personId, name: learner.name, email: learner.email },
      verb: 'launched',
      object: { activityId: courseId, name: course.title, type: 'course' },
      context: { registration: attempt.id },
      timestamp: now,
    });
    // A situation's types are labelled as the policy names them; no policy, no situations to label.
    const cp = drawn.some((q) => q.situation)
      ? await loadCompiledPolicy({ db: trx, organizationId })
      : null;
    return { id: attempt.id, questions: drawn.map((q) => presentLearnerQuestion(q, cp)) };
  });
}
