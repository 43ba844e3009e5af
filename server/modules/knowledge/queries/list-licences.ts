import type { Kysely } from 'kysely';

import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import type { Database } from '../../../db/schema.ts';
import { selectLicences } from './select-licences.ts';

const keys = keyset('knowledge-licences', ['time', 'uuid']);

/** The organization's licences, the latest granted first, a page at a time. */
export async function listLicences(
  db: Kysely<Database>,
  options: { organizationId: string; cursor?: string | undefined; limit: number },
) {
  const query = selectLicences(db, options.organizationId).select(
    exactTime('l.grantedAt').as('keyTime'),
  );
  const list = {
    keys,
    time: 'l.grantedAt',
    id: 'l.personId',
    idOf: (row: { personId: string }) => row.personId,
  };
  return newestFirstPage(query, list, options);
}
