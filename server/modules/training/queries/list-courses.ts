import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';

/** Newest first, by when a course was created (set once) and its id. */
const keys = keyset('training-courses', ['time', 'uuid']);

/** Published courses, for learners; a trainer's drafts are not theirs to see. */
export async function listPublishedCourses(options: {
  db: Db;
  organizationId: string;
  cursor?: string | undefined;
  limit: number;
}) {
  const query = options.db
    .selectFrom('trainingCourses')
    .selectAll()
    .select(exactTime('trainingCourses.createdAt').as('keyTime'))
    .where('organizationId', '=', options.organizationId)
    .where('state', '=', 'published');
  const page = await newestFirstPage(
    query,
    { keys, time: 'trainingCourses.createdAt', id: 'trainingCourses.id' },
    options,
  );
  return { courses: page.rows.map(presentCourse), nextCursor: page.nextCursor };
}

/** One course; a draft only for those who teach. */
export async function readCourse(options: {
  db: Db;
  organizationId: string;
  courseId: string;
  teaches: boolean;
}) {
  const row = await options.db
    .selectFrom('trainingCourses')
    .selectAll()
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.courseId)
    .executeTakeFirst();
  if (!row || (row.state !== 'published' && !options.teaches)) throw AppError.notFound('Course');
  return presentCourse(row);
}
