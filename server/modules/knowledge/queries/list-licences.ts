import type { Kysely } from 'kysely';

import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import type { Database } from '../../../db/schema.ts';
import { selectLicences } from './select-licences.ts';

const keys = keyset('knowledge-licences', ['time', 'uuid']);

/** The organization's licences, the latest granted first, a page at a time. */
export async function listLicences(
  db: Kysely<Database>,
  options: { organizationId: string; cursor?: string | undefined; limit: number },
) {
  const after = keys.decode(options.cursor);
  let query = selectLicences(db, options.organizationId).select(
    exactTime('l.grantedAt').as('keyTime'),
  );
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'l.grantedAt', value: after[0], type: 'timestamptz' },
        { column: 'l.personId', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('l.grantedAt', 'desc')
    .orderBy('l.personId', 'desc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.personId]));
}
