import type { z } from 'zod';

import type { courseBody } from '../../../../contract/training.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';

export type CreateCourseOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  course: z.infer<typeof courseBody>;
};

/** A draft course with its question pool; a trainer publishes it once it reads right. */
export async function createCourse(options: CreateCourseOptions) {
  const { organizationId, course } = options;
  course.questions.forEach((q, i) => {
    const problem = questionProblem(q);
    if (problem) throw AppError.invalid(`questions.${i}.${problem[0]}`, problem[1]);
  });
  return options.db.transaction().execute(async (trx) => {
    if (course.certificationKey !== null) {
      const known = await trx
        .selectFrom('trainingCertifications')
        .select('id')
        .where('organizationId', '=', organizationId)
        .where('key', '=', course.certificationKey)
        .executeTakeFirst();
      if (!known) throw AppError.invalid('certificationKey', 'no such certification');
    }
    const { questions, ...fields } = course;
    const row = await trx
      .insertInto('trainingCourses')
      .values({ ...fields, organizationId, createdBy: options.trainerId })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('trainingQuestions')
      .values(
        questions.map((q, position) => ({
          organizationId,
          courseId: row.id,
          position,
          kind: q.kind,
          prompt: q.prompt,
          options: JSON.stringify(q.kind === 'true_false' ? ['True', 'False'] : q.options),
          correct: JSON.stringify([...q.correct].sort((a, b) => a - b)),
          explanation: q.explanation,
        })),
      )
      .execute();
    return presentCourse(row);
  });
}

type QuestionBody = CreateCourseOptions['course']['questions'][number];

/** What is wrong with a question, by field, or null. */
function questionProblem(q: QuestionBody): [string, string] | null {
  if (q.kind === 'true_false' && q.options.length > 0)
    return ['options', 'a true/false question has the options True and False of itself'];
  if (q.kind !== 'true_false' && q.options.length < 2) return ['options', 'must be at least two'];
  if (q.kind !== 'multiple' && q.correct.length !== 1)
    return ['correct', 'must be exactly one option'];
  if (new Set(q.correct).size !== q.correct.length) return ['correct', 'must not repeat an option'];
  const count = q.kind === 'true_false' ? 2 : q.options.length;
  if (q.correct.some((index) => index >= count))
    return ['correct', 'names an option the question lacks'];
  return null;
}
