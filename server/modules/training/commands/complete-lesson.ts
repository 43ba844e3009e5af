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
 * their progress. The lesson that completes the course records an xAPI `completed` for it, in the
 * same transaction; the person's row is locked so two last lessons finishing at once record it once.
 */
export async function completeLesson(options: CompleteLessonOptions) {
  const { organizationId, personId, courseId, lessonId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const lesson = await trx
      .selectFrom('trainingLessons')
      .innerJoin('trainingCourses', 'trainingCourses.id', 'trainingLessons.courseId')
      .select(['trainingCourses.title'])
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
    if (inserted && progress.completed)
      await recordStatement(trx, {
        organizationId,
        publicUrl: options.publicUrl,
        actor: { personId, name: learner.name, email: learner.email },
        verb: 'completed',
        object: { activityId: courseId, name: lesson.title, type: 'course' },
        result: { completion: true },
        timestamp: now,
      });
    return presentProgress(progress);
  });
}
