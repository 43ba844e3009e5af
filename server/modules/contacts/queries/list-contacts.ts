import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
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
  let query = selectContacts(options.db, options.organizationId).select(
    exactTime('contacts.openedAt').as('keyTime'),
  );
  if (options.openedBy) query = query.where('contacts.openedBy', '=', options.openedBy);
  if (options.customerId) query = query.where('contacts.customerId', '=', options.customerId);
  if (options.status) query = query.where('contacts.status', '=', options.status);
  return newestFirstPage(query, { keys, time: 'contacts.openedAt', id: 'contacts.id' }, options);
}
