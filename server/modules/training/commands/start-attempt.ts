import { randomInt } from 'node:crypto';

import { drawQuestions } from '../../../../domain/training/draw-questions.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentLearnerQuestion } from '../presenter.ts';

export type StartAttemptOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  courseId: string;
  now: Date;
};

/**
 * Starts an attempt at a published course: questions drawn from its pool with a seed recorded in the
 * row (so the draw can be replayed), never their answers. A retake inside the course's cooldown is
 * refused with the moment it opens; the person's row is locked so two starts racing draw once each
 * in turn and the second sees the first.
 */
export async function startAttempt(options: StartAttemptOptions) {
  const { organizationId, personId, courseId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const course = await trx
      .selectFrom('trainingCourses')
      .select(['id', 'questionsPerAttempt', 'retakeCooldownHours'])
      .where('organizationId', '=', organizationId)
      .where('id', '=', courseId)
      .where('state', '=', 'published')
      .executeTakeFirst();
    if (!course) throw AppError.notFound('Course');
    await trx.selectFrom('people').select('id').where('id', '=', personId).forUpdate().execute();
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
      .select(['id', 'kind', 'prompt', 'options'])
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
    return { id: attempt.id, questions: drawn.map(presentLearnerQuestion) };
  });
}
