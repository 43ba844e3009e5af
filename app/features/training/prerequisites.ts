import { certificationName } from '../../../domain/authority/decide.ts';
import type { Course, MyTraining } from './api-types.ts';

export type MissingPrerequisite = { key: string; label: string };

/**
 * What a course asks first that I do not have: certifications in force and courses passed. The
 * server checks again when I start an attempt; this only tells me beforehand.
 */
export function missingPrerequisites(
  course: Pick<Course, 'requires'>,
  me: Pick<MyTraining, 'attempts' | 'certifications'>,
  courses: readonly Pick<Course, 'id' | 'title'>[],
  now: Date,
): MissingPrerequisite[] {
  const held = new Set(
    me.certifications
      .filter((c) => c.revokedAt === null && (c.expiresAt === null || new Date(c.expiresAt) > now))
      .map((c) => c.key),
  );
  const passed = new Set(me.attempts.filter((a) => a.passed === true).map((a) => a.courseId));
  const titles = new Map(courses.map((c) => [c.id, c.title]));
  return [
    ...course.requires.certifications
      .filter((key) => !held.has(key))
      .map((key) => ({
        key: `certification:${key}`,
        label: `the ${certificationName(key)} certification`,
      })),
    ...course.requires.courses
      .filter((id) => !passed.has(id))
      .map((id) => ({
        key: `course:${id}`,
        label: `the course ${titles.get(id) ?? 'you have not seen yet'}`,
      })),
  ];
}
