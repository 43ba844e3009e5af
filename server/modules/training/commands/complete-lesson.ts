import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordStatement } from '../../xapi/record-statement.ts';
import { courseProgress, presentProgress } from '../queries/course-progress.ts';

export type CompleteLessonOptions = {
  db: Db;
  /** The deployment's PUBLIC_URL: the xAPI statement's activity IRI lives under it. */
  publicUrl: string;
  organizationId: string;
  personId: string;
  courseId: string;
  lessonId: string;
  now: Date;
};

/**
 * Marks a lesson of a published course done for the learner, once (again is a no-op), and returns
 * their progress. Each first completion records an xAPI `completed` for the lesson (its course the
 * parent), and the lesson that completes the course one for the course, in the same transaction;
 * the person's row is locked so two last lessons finishing at once record each once.
 */
export async function completeLesson(options: CompleteLessonOptions) {
  const { organizationId, personId, courseId, lessonId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const lesson = await trx
      .selectFrom('trainingLessons')
      .innerJoin('trainingCourses', 'trainingCourses.id', 'trainingLessons.courseId')
      .select(['trainingCourses.title', 'trainingLessons.title as lessonTitle'])
      .where('trainingLessons.organizationId', '=', organizationId)
      .where('trainingLessons.id', '=', lessonId)
      .where('trainingLessons.courseId', '=', courseId)
      .where('trainingCourses.state', '=', 'published')
      .executeTakeFirst();
    if (!lesson) throw AppError.notFound('Lesson');
    const learner = await trx
      .selectFrom('people')
      .select(['name', 'email'])
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const inserted = await trx
      .insertInto('trainingLessonProgress')
      .values({ personId, lessonId, organizationId, courseId, completedAt: now })
      .onConflict((oc) => oc.columns(['personId', 'lessonId']).doNothing())
      .returning('lessonId')
      .executeTakeFirst();
    const progress = (await courseProgress(trx, { personId, courseIds: [courseId] })).get(
      courseId,
    )!;
    const actor = { personId, name: learner.name, email: learner.email };
    if (inserted)
      await recordStatement(trx, {
        organizationId,
        publicUrl: options.publicUrl,
        actor,
        verb: 'completed',
        object: { activityId: lessonId, name: lesson.lessonTitle, type: 'lesson' },
        result: { completion: true },
        context: { parent: { activityId: courseId, type: 'course' } },
        timestamp: now,
      });
    if (inserted && progress.completed)
      await recordStatement(trx, {
        organizationId,
        publicUrl: options.publicUrl,
        actor,
        verb: 'completed',
        object: { activityId: courseId, name: lesson.title, type: 'course' },
        result: { completion: true },
        timestamp: now,
      });
    return presentProgress(progress);
  });
}
