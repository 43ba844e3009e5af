import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import { selectContacts } from './select-contacts.ts';

/** Newest first, by when the contact was opened (set once) and its id. */
const keys = keyset('contacts', ['time', 'uuid']);

export async function listContacts(options: {
  db: Db;
  organizationId: string;
  openedBy?: string;
  customerId?: string;
  status?: 'open' | 'closed';
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = selectContacts(options.db, options.organizationId).select(
    exactTime('contacts.openedAt').as('keyTime'),
  );
  if (options.openedBy) query = query.where('contacts.openedBy', '=', options.openedBy);
  if (options.customerId) query = query.where('contacts.customerId', '=', options.customerId);
  if (options.status) query = query.where('contacts.status', '=', options.status);
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'contacts.openedAt', value: after[0], type: 'timestamptz' },
        { column: 'contacts.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('contacts.openedAt', 'desc')
    .orderBy('contacts.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
