import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';

/** Publishes a draft course, so learners see and attempt it. */
export async function publishCourse(options: { db: Db; organizationId: string; courseId: string }) {
  const row = await options.db
    .updateTable('trainingCourses')
    .set({ state: 'published' })
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.courseId)
    .where('state', '=', 'draft')
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
  throw new AppError('conflict', 'Only a draft course is published');
}
