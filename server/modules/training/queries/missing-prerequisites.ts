import { sql } from 'kysely';
import type { z } from 'zod';

import type { missingPrerequisiteSchema } from '../../../../contract/training.ts';
import type { Db } from '../../../db/database.ts';

export type MissingPrerequisite = z.infer<typeof missingPrerequisiteSchema>;

/**
 * What a learner lacks of a course's prerequisites at `now`: each required certification they do not
 * hold as the authority engine counts holding (held_certifications: in force, or in its grace), and
 * each required course they have not passed. In the order the course lists them.
 */
export async function missingPrerequisites(
  db: Db,
  options: {
    organizationId: string;
    personId: string;
    requires: { certifications: string[]; courses: string[] };
    now: Date;
  },
): Promise<MissingPrerequisite[]> {
  const { organizationId, personId, requires, now } = options;
  if (requires.certifications.length === 0 && requires.courses.length === 0) return [];
  const [held, catalogue, passed, courses] = await Promise.all([
    db
      .selectFrom('people')
      .select(
        sql<
          string[]
        >`held_certifications(people.id, people.certifications, ${now.toISOString()}::timestamptz)`.as(
          'held',
        ),
      )
      .where('id', '=', personId)
      .executeTakeFirstOrThrow(),
    requires.certifications.length === 0
      ? []
      : db
          .selectFrom('trainingCertifications')
          .select(['key', 'title'])
          .where('organizationId', '=', organizationId)
          .where('key', 'in', requires.certifications)
          .execute(),
    requires.courses.length === 0
      ? []
      : db
          .selectFrom('trainingAttempts')
          .select('courseId')
          .distinct()
          .where('personId', '=', personId)
          .where('courseId', 'in', requires.courses)
          .where('passed', '=', true)
          .execute(),
    requires.courses.length === 0
      ? []
      : db
          .selectFrom('trainingCourses')
          .select(['id', 'title'])
          .where('organizationId', '=', organizationId)
          .where('id', 'in', requires.courses)
          .execute(),
  ]);
  const holds = new Set(held.held);
  const titles = new Map(catalogue.map((c) => [c.key, c.title]));
  const done = new Set(passed.map((a) => a.courseId));
  const courseTitles = new Map(courses.map((c) => [c.id, c.title]));
  return [
    ...requires.certifications
      .filter((key) => !holds.has(key))
      .map((key) => ({ kind: 'certification' as const, key, title: titles.get(key) ?? key })),
    ...requires.courses
      .filter((id) => !done.has(id))
      .map((courseId) => ({
        kind: 'course' as const,
        courseId,
        title: courseTitles.get(courseId) ?? 'a removed course',
      })),
  ];
}

/** "the Refunds II certification and a pass of Returns basics", for a 409's message. */
export function describeMissing(missing: MissingPrerequisite[]): string {
  const names = missing.map((m) =>
    m.kind === 'certification' ? `the ${m.title} certification` : `a pass of ${m.title}`,
  );
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}
