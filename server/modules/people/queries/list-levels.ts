import type { Db } from '../../../db/database.ts';
import { afterKey, keyset, pageOf } from '../../../db/keyset.ts';

/**
 * Lowest first, by rank and id. A rank changes only when a policy renumbers its levels, which a
 * client paging through a handful of levels at that moment would see as a level moved.
 */
const keys = keyset('authority-levels', ['int', 'uuid']);

export async function listLevels(options: {
  db: Db;
  organizationId: string;
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = options.db
    .selectFrom('authorityLevels')
    .selectAll()
    .where('organizationId', '=', options.organizationId);
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'rank', value: after[0], type: 'bigint' },
        { column: 'id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('rank')
    .orderBy('id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.rank, last.id]));
}
