import type { Db } from '../../db/database.ts';

/**
 * An assignment of a new published course to a person, written directly: the route walks
 * (server/http/*.test.ts) aim their :id at it and the paging walk adds rows with it.
 */
export async function createAssignmentRecord(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<{ courseId: string; assignmentId: string }> {
  const course = await db
    .insertInto('trainingCourses')
    .values({
      organizationId,
      title: 'Assigned course',
      passMark: 50,
      questionsPerAttempt: 1,
      state: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assignment = await db
    .insertInto('trainingAssignments')
    .values({
      organizationId,
      courseId: course.id,
      personId,
      dueAt: new Date('2099-01-01T00:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { courseId: course.id, assignmentId: assignment.id };
}
