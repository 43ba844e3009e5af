import type { z } from 'zod';

import type { courseProgressSchema } from '../../../../contract/training.ts';
import type { Db } from '../../../db/database.ts';

export type CourseProgress = z.infer<typeof courseProgressSchema>;

/**
 * A person's progress through the lessons of each course asked for: how many are done, the first
 * not done in the course's order (where to resume, on any device), and whether all are.
 */
export async function courseProgress(
  db: Db,
  options: { personId: string; courseIds: string[] },
): Promise<Map<string, CourseProgress & { doneIds: Set<string> }>> {
  const { personId, courseIds } = options;
  if (courseIds.length === 0) return new Map();
  const [lessons, done] = await Promise.all([
    db
      .selectFrom('trainingLessons')
      .select(['id', 'courseId'])
      .where('courseId', 'in', courseIds)
      .orderBy('courseId')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('trainingLessonProgress')
      .select('lessonId')
      .where('personId', '=', personId)
      .where('courseId', 'in', courseIds)
      .execute(),
  ]);
  const doneIds = new Set(done.map((d) => d.lessonId));
  return new Map(
    courseIds.map((courseId) => {
      const ordered = lessons.filter((l) => l.courseId === courseId);
      const mine = new Set(ordered.filter((l) => doneIds.has(l.id)).map((l) => l.id));
      return [
        courseId,
        {
          courseId,
          lessonsDone: mine.size,
          lessonsTotal: ordered.length,
          nextLessonId: ordered.find((l) => !mine.has(l.id))?.id ?? null,
          completed: ordered.length > 0 && mine.size === ordered.length,
          doneIds: mine,
        },
      ];
    }),
  );
}

/** The progress as the contract shows it (without the set the course view marks lessons from). */
export function presentProgress({
  doneIds: _doneIds,
  ...progress
}: CourseProgress & { doneIds: Set<string> }) {
  return progress;
}
