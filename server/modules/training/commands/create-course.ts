import type { Db } from '../../../db/database.ts';
import { presentCourse } from '../presenter.ts';
import {
  assertCertificationKey,
  assertQuestions,
  writeCourseContent,
  type CourseBody,
} from './write-course-content.ts';

export type CreateCourseOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  course: CourseBody;
};

/** A draft course with its lessons and question pool; a trainer publishes it once it reads right. */
export async function createCourse(options: CreateCourseOptions) {
  const { organizationId, course } = options;
  assertQuestions(course.questions);
  return options.db.transaction().execute(async (trx) => {
    await assertCertificationKey(trx, organizationId, course.certificationKey);
    const { questions: _questions, lessons: _lessons, requires, ...fields } = course;
    const row = await trx
      .insertInto('trainingCourses')
      .values({
        ...fields,
        requiredCertifications: requires.certifications,
        requiredCourseIds: requires.courses,
        organizationId,
        createdBy: options.trainerId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeCourseContent(trx, { organizationId, courseId: row.id, course });
    return presentCourse(row);
  });
}
