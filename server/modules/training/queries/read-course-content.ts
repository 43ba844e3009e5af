import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { CourseBody } from '../commands/write-course-content.ts';
import { presentCourse } from '../presenter.ts';

/**
 * A course as its editor writes it, answer keys included: for those who teach only (the route's
 * ability), so a trainer can edit a draft or start a new version from a published course.
 */
export async function readCourseContent(options: {
  db: Db;
  organizationId: string;
  courseId: string;
}) {
  const { db, organizationId, courseId } = options;
  const row = await db
    .selectFrom('trainingCourses')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .where('id', '=', courseId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Course');
  const [lessons, questions] = await Promise.all([
    db
      .selectFrom('trainingLessons')
      .select(['title', 'body'])
      .where('courseId', '=', courseId)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('trainingQuestions')
      .select(['kind', 'prompt', 'options', 'correct', 'situation', 'explanation'])
      .where('courseId', '=', courseId)
      .orderBy('position')
      .execute(),
  ]);
  const content: CourseBody = {
    title: row.title,
    summary: row.summary,
    certificationKey: row.certificationKey,
    passMark: row.passMark,
    questionsPerAttempt: row.questionsPerAttempt,
    retakeCooldownHours: row.retakeCooldownHours,
    timeLimitMinutes: row.timeLimitMinutes,
    requires: { certifications: row.requiredCertifications, courses: row.requiredCourseIds },
    lessons,
    questions: questions.map((q) => ({
      kind: q.kind,
      prompt: q.prompt,
      // A true/false question's options are its own, so its body names none.
      options: q.kind === 'true_false' ? [] : q.options,
      correct: q.correct ?? [],
      ...(q.situation ? { situation: q.situation } : {}),
      explanation: q.explanation,
    })),
  };
  return { course: presentCourse(row), content };
}
