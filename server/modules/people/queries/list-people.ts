import type { Db } from '../../../db/database.ts';
import type { Role } from '../../../db/schema.ts';
import { selectPeople, type PersonRow } from './select-people.ts';

export type ListPeopleFilter = { teamId?: string; role?: Role; q?: string };

export async function listPeople(
  options: { db: Db; organizationId: string } & ListPeopleFilter,
): Promise<PersonRow[]> {
  let query = selectPeople(options.db, options.organizationId);
  if (options.teamId) query = query.where('people.teamId', '=', options.teamId);
  if (options.role) query = query.where('people.role', '=', options.role);
  if (options.q) {
    const pattern = `%${options.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['people.name']), 'like', pattern),
        eb(eb.fn('lower', ['people.email']), 'like', pattern),
      ]),
    );
  }
  return query.orderBy('people.name').execute();
}
