import type { Transaction } from 'kysely';
import type { z } from 'zod';

import type { courseBody } from '../../../../contract/training.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

export type CourseBody = z.infer<typeof courseBody>;
type QuestionBody = CourseBody['questions'][number];

/** Where a lesson links a knowledge article: the article's own page path. */
const articleLink =
  /\/knowledge\/articles\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/gi;

/** The article ids a lesson's markdown links, once each, in the order they first appear. */
export function linkedArticleIds(body: string): string[] {
  return [...new Set([...body.matchAll(articleLink)].map((m) => m[1]!.toLowerCase()))];
}

/** Refuses, by field, what the schema cannot see: a question that does not hold together. */
export function assertQuestions(questions: QuestionBody[]): void {
  questions.forEach((q, i) => {
    const problem = questionProblem(q);
    if (problem) throw AppError.invalid(`questions.${i}.${problem[0]}`, problem[1]);
  });
}

/**
 * Writes a course's lessons and question pool (the rows a create inserts and a draft's edit
 * replaces), after checking what only the database knows: prerequisites that exist in this
 * organization, and lesson links only to its own articles that are not someone's draft.
 */
export async function writeCourseContent(
  trx: Transaction<Database>,
  options: { organizationId: string; courseId: string; course: CourseBody },
): Promise<void> {
  const { organizationId, courseId, course } = options;
  await assertPrerequisites(trx, organizationId, courseId, course.requires);
  const lessons = await Promise.all(
    course.lessons.map(async (lesson, i) => {
      const articleIds = linkedArticleIds(lesson.body);
      await assertArticles(trx, organizationId, articleIds, `lessons.${i}.body`);
      return { ...lesson, articleIds };
    }),
  );
  if (lessons.length > 0)
    await trx
      .insertInto('trainingLessons')
      .values(
        lessons.map((lesson, position) => ({ organizationId, courseId, position, ...lesson })),
      )
      .execute();
  await trx
    .insertInto('trainingQuestions')
    .values(
      course.questions.map((q, position) => ({
        organizationId,
        courseId,
        position,
        kind: q.kind,
        prompt: q.prompt,
        options: JSON.stringify(q.kind === 'true_false' ? ['True', 'False'] : q.options),
        correct:
          q.kind === 'situation' ? null : JSON.stringify([...q.correct].sort((a, b) => a - b)),
        situation: q.situation ? JSON.stringify(q.situation) : null,
        explanation: q.explanation,
      })),
    )
    .execute();
}

/** The certification a course awards must be in the organization's catalogue (before its row is written). */
export async function assertCertificationKey(
  trx: Transaction<Database>,
  organizationId: string,
  key: string | null,
): Promise<void> {
  if (key === null) return;
  const known = await trx
    .selectFrom('trainingCertifications')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!known) throw AppError.invalid('certificationKey', 'no such certification');
}

async function assertPrerequisites(
  trx: Transaction<Database>,
  organizationId: string,
  courseId: string,
  requires: CourseBody['requires'],
): Promise<void> {
  const [certifications, courses] = await Promise.all([
    requires.certifications.length === 0
      ? []
      : trx
          .selectFrom('trainingCertifications')
          .select('key')
          .where('organizationId', '=', organizationId)
          .where('key', 'in', requires.certifications)
          .execute(),
    requires.courses.length === 0
      ? []
      : trx
          .selectFrom('trainingCourses')
          .select('id')
          .where('organizationId', '=', organizationId)
          .where('id', 'in', requires.courses)
          .execute(),
  ]);
  const keys = new Set(certifications.map((c) => c.key));
  requires.certifications.forEach((key, i) => {
    if (!keys.has(key))
      throw AppError.invalid(`requires.certifications.${i}`, 'no such certification');
  });
  const ids = new Set(courses.map((c) => c.id));
  requires.courses.forEach((id, i) => {
    if (id === courseId) throw AppError.invalid(`requires.courses.${i}`, 'is this course itself');
    if (!ids.has(id)) throw AppError.invalid(`requires.courses.${i}`, 'no such course');
  });
}

async function assertArticles(
  trx: Transaction<Database>,
  organizationId: string,
  articleIds: string[],
  field: string,
): Promise<void> {
  if (articleIds.length === 0) return;
  // Another organization's article is as absent as one that never was; a draft is its owner's alone.
  const found = await trx
    .selectFrom('knowledgeArticles')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('id', 'in', articleIds)
    .where('state', '!=', 'draft')
    .execute();
  const known = new Set(found.map((a) => a.id));
  const missing = articleIds.find((id) => !known.has(id));
  if (missing)
    throw AppError.invalid(field, `links ${missing}, which is no article of yours to link`);
}

/** What is wrong with a question, by field, or null. */
function questionProblem(q: QuestionBody): [string, string] | null {
  if (q.kind === 'situation') return situationProblem(q);
  if (q.situation) return ['situation', 'only a situation question has one'];
  if (q.kind === 'true_false' && q.options.length > 0)
    return ['options', 'a true/false question has the options True and False of itself'];
  if (q.kind !== 'true_false' && q.options.length < 2) return ['options', 'must be at least two'];
  if (q.kind !== 'multiple' && q.correct.length !== 1)
    return ['correct', 'must be exactly one option'];
  if (q.correct.length === 0) return ['correct', 'must be at least one option'];
  if (new Set(q.correct).size !== q.correct.length) return ['correct', 'must not repeat an option'];
  const count = q.kind === 'true_false' ? 2 : q.options.length;
  if (q.correct.some((index) => index >= count))
    return ['correct', 'names an option the question lacks'];
  return null;
}

function situationProblem(q: QuestionBody): [string, string] | null {
  if (!q.situation) return ['situation', 'is required for a situation question'];
  if (q.options.length > 0) return ['options', 'a situation question has none'];
  // The policy in force at submit is the answer key, so none is written here.
  if (q.correct.length > 0) return ['correct', 'a situation question is graded by the policy'];
  if (!q.situation.types.includes(q.situation.asks.type))
    return ['situation.asks.type', 'must be one of the types on offer'];
  return null;
}
