import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { QuestionAnswer, QuestionKind } from '../tables.ts';

export type AnswerQuestionOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  attemptId: string;
  questionId: string;
  answer: QuestionAnswer;
  now: Date;
};

/**
 * Records (or changes) the learner's answer to one question of their own open attempt. Another
 * person's attempt is as absent as another organization's; a question the attempt did not draw is
 * refused; after submit nothing changes (the attempt row is locked, so a submit racing this waits).
 */
export async function answerQuestion(options: AnswerQuestionOptions): Promise<void> {
  const { organizationId, attemptId, questionId, answer } = options;
  await options.db.transaction().execute(async (trx) => {
    const attempt = await trx
      .selectFrom('trainingAttempts')
      .select(['questionIds', 'submittedAt'])
      .where('organizationId', '=', organizationId)
      .where('id', '=', attemptId)
      .where('personId', '=', options.personId)
      .forUpdate()
      .executeTakeFirst();
    if (!attempt) throw AppError.notFound('Attempt');
    if (attempt.submittedAt) throw new AppError('conflict', 'This attempt is submitted already');
    if (!attempt.questionIds.includes(questionId))
      throw AppError.invalid('questionId', 'is not a question of this attempt');
    const question = await trx
      .selectFrom('trainingQuestions')
      .select(['kind', 'options'])
      .where('id', '=', questionId)
      .executeTakeFirstOrThrow();
    const problem = answerProblem(question.kind, question.options.length, answer);
    if (problem) throw AppError.invalid('answer', problem);
    await trx
      .insertInto('trainingAnswers')
      .values({
        attemptId,
        questionId,
        answer: JSON.stringify([...answer].sort((a, b) => a - b)),
        answeredAt: options.now,
      })
      .onConflict((oc) =>
        oc.columns(['attemptId', 'questionId']).doUpdateSet({
          answer: sql`excluded.answer`,
          answeredAt: sql`excluded.answered_at`,
        }),
      )
      .execute();
  });
}

function answerProblem(kind: QuestionKind, options: number, answer: QuestionAnswer): string | null {
  if (kind !== 'multiple' && answer.length !== 1) return 'must be exactly one option';
  if (new Set(answer).size !== answer.length) return 'must not repeat an option';
  return answer.every((index) => index < options) ? null : 'names an option the question lacks';
}
