import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';

/**
 * Archives a draft or published course: learners no longer see or start it (an attempt already open
 * may still be answered and submitted), while its attempts and the certifications they awarded stay.
 * This is how a published course is replaced: post its content as a new draft, publish, archive this.
 */
export async function archiveCourse(options: { db: Db; organizationId: string; courseId: string }) {
  const row = await options.db
    .updateTable('trainingCourses')
    .set({ state: 'archived' })
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.courseId)
    .where('state', '!=', 'archived')
    .returningAll()
    .executeTakeFirst();
  if (row) return presentCourse(row);
  const exists = await options.db
    .selectFrom('trainingCourses')
    .select('id')
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.courseId)
    .executeTakeFirst();
  if (!exists) throw AppError.notFound('Course');
  throw new AppError('conflict', 'This course is archived already');
}
