import type { Db } from '../../../db/database.ts';
import { afterKey, keyset, pageOf } from '../../../db/keyset.ts';
import type { Role } from '../../../db/schema.ts';
import { selectPeople, type PersonRow } from './select-people.ts';

export type ListPeopleFilter = { teamId?: string; role?: Role; q?: string };

/**
 * By name, as a directory reads, with the id breaking ties. A name is not immutable: someone renamed
 * while another pages can move past the page being read (an insert cannot).
 */
const keys = keyset('people', ['text', 'uuid']);

/** People by name; a page of them with `limit`, everyone without. */
export async function listPeople(
  options: { db: Db; organizationId: string; cursor?: string; limit?: number } & ListPeopleFilter,
): Promise<{ rows: PersonRow[]; nextCursor: string | null }> {
  const after = keys.decode(options.cursor);
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
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'people.name', value: after[0], type: 'text' },
        { column: 'people.id', value: after[1], type: 'uuid' },
      ]),
    );
  query = query.orderBy('people.name').orderBy('people.id');
  if (options.limit === undefined) return { rows: await query.execute(), nextCursor: null };
  const rows = await query.limit(options.limit + 1).execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.name, last.id]));
}
