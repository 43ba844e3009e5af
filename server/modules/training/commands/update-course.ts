import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';
import {
  assertCertificationKey,
  assertQuestions,
  writeCourseContent,
  type CourseBody,
} from './write-course-content.ts';

export type UpdateCourseOptions = {
  db: Db;
  organizationId: string;
  courseId: string;
  course: CourseBody;
};

/**
 * Replaces a draft course's settings, lessons and question pool whole. Only a draft: nobody has
 * attempted it, so nothing refers to its lessons or questions yet. A published course is never
 * edited (its attempts are scored against its pool): the trainer writes a new course from its
 * content (GET …/content) and archives the old one.
 */
export async function updateCourse(options: UpdateCourseOptions) {
  const { organizationId, courseId, course } = options;
  assertQuestions(course.questions);
  return options.db.transaction().execute(async (trx) => {
    // Locked, so a publish racing this edit either sees the edit or makes it fail as published.
    const current = await trx
      .selectFrom('trainingCourses')
      .select('state')
      .where('organizationId', '=', organizationId)
      .where('id', '=', courseId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw AppError.notFound('Course');
    if (current.state !== 'draft')
      throw new AppError('conflict', 'Only a draft course is edited: write a new draft instead');
    await assertCertificationKey(trx, organizationId, course.certificationKey);
    const { questions: _questions, lessons: _lessons, requires, ...fields } = course;
    const row = await trx
      .updateTable('trainingCourses')
      .set({
        ...fields,
        requiredCertifications: requires.certifications,
        requiredCourseIds: requires.courses,
      })
      .where('id', '=', courseId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('trainingLessons').where('courseId', '=', courseId).execute();
    await trx.deleteFrom('trainingQuestions').where('courseId', '=', courseId).execute();
    await writeCourseContent(trx, { organizationId, courseId, course });
    return presentCourse(row);
  });
}
