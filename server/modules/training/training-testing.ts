import type { Db } from '../../db/database.ts';

/**
 * One of each training record for an organization, written directly: the route walks
 * (server/http/*.test.ts) need a course and its lesson, an attempt and a held certification to aim their :id at.
 */
export async function createTrainingRecords(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<{
  courseId: string;
  lessonId: string;
  questionId: string;
  attemptId: string;
  certificationId: string;
}> {
  await db
    .insertInto('trainingCertifications')
    .values({ organizationId, key: 'walk_cert', title: 'Walk', validityMonths: 12 })
    .execute();
  const course = await db
    .insertInto('trainingCourses')
    .values({
      organizationId,
      title: 'Walk course',
      certificationKey: 'walk_cert',
      passMark: 50,
      questionsPerAttempt: 1,
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const lesson = await db
    .insertInto('trainingLessons')
    .values({
      organizationId,
      courseId: course.id,
      position: 0,
      title: 'Walk',
      body: '',
      articleIds: [],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const question = await db
    .insertInto('trainingQuestions')
    .values({
      organizationId,
      courseId: course.id,
      position: 0,
      kind: 'true_false',
      prompt: 'True?',
      options: JSON.stringify(['True', 'False']),
      correct: JSON.stringify([0]),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const attempt = await db
    .insertInto('trainingAttempts')
    .values({
      organizationId,
      personId,
      courseId: course.id,
      seed: 1,
      questionIds: [question.id],
      startedAt: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const certification = await db
    .insertInto('personCertifications')
    .values({ organizationId, personId, certification: 'walk_cert', source: 'sign_off' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    courseId: course.id,
    lessonId: lesson.id,
    questionId: question.id,
    attemptId: attempt.id,
    certificationId: certification.id,
  };
}
