import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordStatement } from '../../xapi/record-statement.ts';
import { presentHeldCertification } from '../presenter.ts';
import type { QuestionAnswer } from '../tables.ts';
import { awardInTransaction } from './award-certification.ts';

export type SubmitAttemptOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  attemptId: string;
  /** The deployment's PUBLIC_URL: the xAPI statement's activity IRI lives under it. */
  publicUrl: string;
  now: Date;
};

/**
 * Scores the learner's own attempt once, and on a pass awards the course's certification in the same
 * transaction. The conditional update on `submitted_at` is the "once": a second submit, or one racing
 * this, updates nothing and is told so.
 */
export async function submitAttempt(options: SubmitAttemptOptions) {
  const { organizationId, personId, attemptId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const attempt = await trx
      .selectFrom('trainingAttempts')
      .innerJoin('trainingCourses', 'trainingCourses.id', 'trainingAttempts.courseId')
      .select([
        'trainingAttempts.questionIds',
        'trainingAttempts.courseId',
        'trainingCourses.title',
        'trainingCourses.passMark',
        'trainingCourses.certificationKey',
      ])
      .where('trainingAttempts.organizationId', '=', organizationId)
      .where('trainingAttempts.id', '=', attemptId)
      .where('trainingAttempts.personId', '=', personId)
      // An answer racing the submit finishes first (it locks the row too), so the score sees it.
      .forUpdate('trainingAttempts')
      .executeTakeFirst();
    if (!attempt) throw AppError.notFound('Attempt');
    const [questions, answers] = await Promise.all([
      trx
        .selectFrom('trainingQuestions')
        .select(['id', 'correct'])
        .where('id', 'in', attempt.questionIds)
        .execute(),
      trx
        .selectFrom('trainingAnswers')
        .select(['questionId', 'answer'])
        .where('attemptId', '=', attemptId)
        .execute(),
    ]);
    const given = new Map(answers.map((a) => [a.questionId, a.answer]));
    const right = questions.filter((q) => sameAnswer(q.correct, given.get(q.id))).length;
    const score = Math.floor((right * 100) / attempt.questionIds.length);
    const passed = score >= attempt.passMark;
    const taken = await trx
      .updateTable('trainingAttempts')
      .set({ submittedAt: now, score, passed })
      .where('id', '=', attemptId)
      .where('submittedAt', 'is', null)
      .returning('id')
      .executeTakeFirst();
    if (!taken) throw new AppError('conflict', 'This attempt is submitted already');
    const learner = await trx
      .selectFrom('people')
      .select(['name', 'email'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    await recordStatement(trx, {
      organizationId,
      publicUrl: options.publicUrl,
      actor: { personId, name: learner.name, email: learner.email },
      verb: passed ? 'passed' : 'failed',
      object: { activityId: attempt.courseId, name: attempt.title, type: 'course' },
      result: { score: { scaled: score / 100 }, success: passed, completion: true },
      context: { registration: attemptId },
      timestamp: now,
    });
    if (!passed || attempt.certificationKey === null) return { score, passed };
    const { row, catalogue } = await awardInTransaction(trx, {
      organizationId,
      personId,
      certificationKey: attempt.certificationKey,
      source: 'assessment',
      awardedBy: null,
      attemptId,
      note: null,
      now,
    });
    return { score, passed, certification: presentHeldCertification(row, catalogue) };
  });
}

/** Right when it picks exactly the right options (both are stored sorted). */
function sameAnswer(correct: QuestionAnswer, given: QuestionAnswer | undefined): boolean {
  return (
    given !== undefined &&
    given.length === correct.length &&
    correct.every((index, i) => given[i] === index)
  );
}
