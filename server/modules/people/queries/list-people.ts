import { containsPattern } from '../../../db/contains-pattern.ts';
import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import type { Role } from '../../../db/schema.ts';
import { selectPeople, type PersonRow } from './select-people.ts';

export type ListPeopleFilter = {
  teamId?: string;
  /** Any of these roles. */
  roles?: readonly Role[];
  active?: boolean;
  q?: string;
};

/**
 * Pages walk the order people were added in, with the id breaking ties: neither changes, so a rename
 * while someone pages moves nobody past or before their cursor (a name order would).
 */
const keys = keyset('people', ['time', 'uuid']);

/** A page of people in the order they were added, with `limit`; everyone by name without. */
export async function listPeople(
  options: { db: Db; organizationId: string; cursor?: string; limit?: number } & ListPeopleFilter,
): Promise<{ rows: PersonRow[]; nextCursor: string | null }> {
  const after = keys.decode(options.cursor);
  let query = selectPeople(options.db, options.organizationId).select(
    exactTime('people.createdAt').as('keyTime'),
  );
  if (options.teamId) query = query.where('people.teamId', '=', options.teamId);
  if (options.roles?.length) query = query.where('people.role', 'in', options.roles);
  if (options.active !== undefined) query = query.where('people.active', '=', options.active);
  if (options.q) {
    const pattern = containsPattern(options.q);
    query = query.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['people.name']), 'like', pattern),
        eb(eb.fn('lower', ['people.email']), 'like', pattern),
      ]),
    );
  }
  // Read whole (a team's members), nothing can move under a cursor: the order a reader wants.
  if (options.limit === undefined)
    return {
      rows: await query.orderBy('people.name').orderBy('people.id').execute(),
      nextCursor: null,
    };
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'people.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'people.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('people.createdAt')
    .orderBy('people.id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
