import { sql } from 'kysely';
import type { z } from 'zod';

import type { situationAnswerBody } from '../../../../contract/training.ts';
import type { PracticeSituation } from '../../../../domain/training/practice-situation.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordStatement } from '../../xapi/record-statement.ts';
import type { GivenAnswer, QuestionAnswer, QuestionKind } from '../tables.ts';
import { attemptDeadline } from './attempt-deadline.ts';

export type AnswerQuestionOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  attemptId: string;
  questionId: string;
  /** The options picked, or a situation question's offer. */
  answer: QuestionAnswer | z.infer<typeof situationAnswerBody>;
  /** The deployment's PUBLIC_URL: the xAPI statement's activity IRI lives under it. */
  publicUrl: string;
  now: Date;
};

/**
 * Records (or changes) the learner's answer to one question of their own open attempt. Another
 * person's attempt is as absent as another organization's; a question the attempt did not draw is
 * refused; after submit nothing changes (the attempt row is locked, so a submit racing this waits),
 * nor after the course's time limit. Each answer is recorded as an xAPI `answered`, with what was
 * answered and never whether it is right: that is known at submit.
 */
export async function answerQuestion(options: AnswerQuestionOptions): Promise<void> {
  const { organizationId, personId, attemptId, questionId, now } = options;
  await options.db.transaction().execute(async (trx) => {
    const attempt = await trx
      .selectFrom('trainingAttempts')
      .innerJoin('trainingCourses', 'trainingCourses.id', 'trainingAttempts.courseId')
      .innerJoin('people', 'people.id', 'trainingAttempts.personId')
      .select([
        'trainingAttempts.questionIds',
        'trainingAttempts.submittedAt',
        'trainingAttempts.startedAt',
        'trainingAttempts.courseId',
        'trainingCourses.timeLimitMinutes',
        'people.name',
        'people.email',
      ])
      .where('trainingAttempts.organizationId', '=', organizationId)
      .where('trainingAttempts.id', '=', attemptId)
      .where('trainingAttempts.personId', '=', personId)
      .forUpdate('trainingAttempts')
      .executeTakeFirst();
    if (!attempt) throw AppError.notFound('Attempt');
    if (attempt.submittedAt) throw new AppError('conflict', 'This attempt is submitted already');
    const deadline = attemptDeadline(attempt);
    if (deadline && now > deadline)
      throw new AppError(
        'conflict',
        `Time ran out at ${deadline.toISOString()}: submit the attempt`,
      );
    if (!attempt.questionIds.includes(questionId))
      throw AppError.invalid('questionId', 'is not a question of this attempt');
    const question = await trx
      .selectFrom('trainingQuestions')
      .select(['kind', 'prompt', 'options', 'situation'])
      .where('id', '=', questionId)
      .executeTakeFirstOrThrow();
    const given = givenAnswer(question, options.answer);
    await trx
      .insertInto('trainingAnswers')
      .values({
        attemptId,
        questionId,
        answer: JSON.stringify(given),
        answeredAt: now,
      })
      .onConflict((oc) =>
        oc.columns(['attemptId', 'questionId']).doUpdateSet({
          answer: sql`excluded.answer`,
          answeredAt: sql`excluded.answered_at`,
        }),
      )
      .execute();
    await recordStatement(trx, {
      organizationId,
      publicUrl: options.publicUrl,
      actor: { personId, name: attempt.name, email: attempt.email },
      verb: 'answered',
      object: { activityId: questionId, name: question.prompt.slice(0, 200), type: 'question' },
      result: { response: responseText(given) },
      context: {
        registration: attemptId,
        parent: { activityId: attempt.courseId, type: 'course' },
      },
      timestamp: now,
    });
  });
}

/** The answer as stored, or the field-named reason it does not fit its question. */
function givenAnswer(
  question: { kind: QuestionKind; options: string[]; situation: PracticeSituation | null },
  answer: AnswerQuestionOptions['answer'],
): GivenAnswer {
  if (question.kind === 'situation') {
    if (Array.isArray(answer))
      throw AppError.invalid('answer', 'must be { type, amount, currency, decision }');
    const { currency } = question.situation!.customer;
    if (answer.currency !== currency)
      throw AppError.invalid('answer.currency', `this situation is in ${currency}`);
    return { type: answer.type, amountMinor: answer.amount, decision: answer.decision };
  }
  if (!Array.isArray(answer))
    throw AppError.invalid('answer', 'must be the options picked by place');
  const problem = answerProblem(question.kind, question.options.length, answer);
  if (problem) throw AppError.invalid('answer', problem);
  return [...answer].sort((a, b) => a - b);
}

/** xAPI's response: the options by place joined with [,] (§2.4.5 choice), or the offer in words. */
function responseText(given: GivenAnswer): string {
  if (Array.isArray(given)) return given.join('[,]');
  return `${given.decision} ${given.type} ${given.amountMinor}`;
}

function answerProblem(kind: QuestionKind, options: number, answer: QuestionAnswer): string | null {
  if (kind !== 'multiple' && answer.length !== 1) return 'must be exactly one option';
  if (new Set(answer).size !== answer.length) return 'must not repeat an option';
  return answer.every((index) => index < options) ? null : 'names an option the question lacks';
}
