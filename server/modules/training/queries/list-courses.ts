import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import { AppError } from '../../../errors.ts';
import { presentCourse } from '../presenter.ts';
import { courseProgress, presentProgress } from './course-progress.ts';
import { missingPrerequisites } from './missing-prerequisites.ts';

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

/**
 * One course (a draft only for those who teach) with its lessons in order, the articles they link,
 * my progress through them, and the prerequisites I still lack. Never a question.
 */
export async function readCourse(options: {
  db: Db;
  organizationId: string;
  personId: string;
  courseId: string;
  teaches: boolean;
  now: Date;
}) {
  const { db, organizationId, personId, courseId } = options;
  const row = await db
    .selectFrom('trainingCourses')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .where('id', '=', courseId)
    .executeTakeFirst();
  if (!row || (row.state !== 'published' && !options.teaches)) throw AppError.notFound('Course');
  const [lessons, progress, missing] = await Promise.all([
    db
      .selectFrom('trainingLessons')
      .select(['id', 'position', 'title', 'body', 'articleIds'])
      .where('courseId', '=', courseId)
      .orderBy('position')
      .execute(),
    courseProgress(db, { personId, courseIds: [courseId] }),
    missingPrerequisites(db, {
      organizationId,
      personId,
      requires: { certifications: row.requiredCertifications, courses: row.requiredCourseIds },
      now: options.now,
    }),
  ]);
  const articleIds = [...new Set(lessons.flatMap((l) => l.articleIds))];
  const articles =
    articleIds.length === 0
      ? []
      : await db
          .selectFrom('knowledgeArticles')
          .select(['id', 'title'])
          .where('organizationId', '=', organizationId)
          .where('id', 'in', articleIds)
          .execute();
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const mine = progress.get(courseId)!;
  return {
    course: presentCourse(row),
    lessons: lessons.map((lesson) => ({
      id: lesson.id,
      position: lesson.position,
      title: lesson.title,
      body: lesson.body,
      // An article deleted since the lesson was written drops out rather than showing a dead link.
      articles: lesson.articleIds
        .filter((id) => titles.has(id))
        .map((id) => ({ id, title: titles.get(id)! })),
      done: mine.doneIds.has(lesson.id),
    })),
    progress: presentProgress(mine),
    missing,
  };
}
