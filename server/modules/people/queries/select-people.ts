import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/** People of one organization with their level, team and manager joined in: the shape the presenter maps. */
export function selectPeople(db: Db, organizationId: string) {
  return db
    .selectFrom('people')
    .leftJoin('authorityLevels as level', 'level.id', 'people.levelId')
    .leftJoin('teams as team', 'team.id', 'people.teamId')
    .leftJoin('people as manager', 'manager.id', 'people.managerId')
    .select([
      'people.id',
      'people.email',
      'people.name',
      'people.role',
      'people.extension',
      'people.active',
      // The list on the row and the certificates in force, as decisions read them.
      sql<string[]>`held_certifications(people.id, people.certifications, now())`.as(
        'certifications',
      ),
      'level.id as levelId',
      'level.key as levelKey',
      'level.name as levelName',
      'level.rank as levelRank',
      'team.id as teamId',
      'team.name as teamName',
      'manager.id as managerId',
      'manager.name as managerName',
    ])
    .where('people.organizationId', '=', organizationId);
}

export type PersonRow = Awaited<
  ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>
>;
