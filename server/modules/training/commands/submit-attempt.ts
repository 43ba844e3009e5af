import type { Transaction } from 'kysely';

import { gradePractice } from '../../../../domain/training/grade-practice.ts';
import type { PracticeSituation } from '../../../../domain/training/practice-situation.ts';
import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-person-for-authority.ts';
import { recordStatement } from '../../xapi/record-statement.ts';
import { presentHeldCertification } from '../presenter.ts';
import type { GivenAnswer, QuestionAnswer } from '../tables.ts';
import { attemptDeadline } from './attempt-deadline.ts';
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
 * this, updates nothing and is told so. A situation question is graded by the practice grader with
 * the policy in force for the learner now; an answer given after the time limit counts as wrong.
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
        'trainingAttempts.startedAt',
        'trainingCourses.timeLimitMinutes',
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
        .select(['id', 'correct', 'situation'])
        .where('id', 'in', attempt.questionIds)
        .execute(),
      trx
        .selectFrom('trainingAnswers')
        .select(['questionId', 'answer', 'answeredAt'])
        .where('attemptId', '=', attemptId)
        .execute(),
    ]);
    const deadline = attemptDeadline(attempt);
    const given = new Map(
      answers
        .filter((a) => !deadline || a.answeredAt <= deadline)
        .map((a) => [a.questionId, a.answer]),
    );
    const grade = await situationGrader(trx, { organizationId, personId, now }, questions);
    const right = questions.filter((q) =>
      q.situation ? grade(q.situation, given.get(q.id)) : sameAnswer(q.correct!, given.get(q.id)),
    ).length;
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

type Grader = (situation: PracticeSituation, given: GivenAnswer | undefined) => boolean;

/**
 * Grades situation answers as practice does: the engine decides the learner's offer with the policy
 * in force and the learner as they are at submit (level, certifications), so the key follows the
 * policy. Loads the two only when the attempt drew a situation.
 */
async function situationGrader(
  trx: Transaction<Database>,
  options: { organizationId: string; personId: string; now: Date },
  questions: Array<{ situation: PracticeSituation | null }>,
): Promise<Grader> {
  if (!questions.some((q) => q.situation)) return () => false;
  const { organizationId, personId, now } = options;
  const [policy, learner] = await Promise.all([
    loadCompiledPolicy({ db: trx, organizationId }),
    loadPersonForAuthority(trx, organizationId, personId, now),
  ]);
  return (situation, given) =>
    given !== undefined &&
    !Array.isArray(given) &&
    gradePractice({ policy, learner, situation, answer: given, at: now.getTime() }).correct;
}

/** Right when it picks exactly the right options (both are stored sorted). */
function sameAnswer(correct: QuestionAnswer, given: GivenAnswer | undefined): boolean {
  return (
    Array.isArray(given) &&
    given.length === correct.length &&
    correct.every((index, i) => given[i] === index)
  );
}
