import type { Db } from '../../../db/database.ts';
import { selectContacts, type ContactRow } from './select-contacts.ts';

export function listContacts(options: {
  db: Db;
  organizationId: string;
  openedBy?: string;
  customerId?: string;
  status?: 'open' | 'closed';
  limit: number;
}): Promise<ContactRow[]> {
  let query = selectContacts(options.db, options.organizationId);
  if (options.openedBy) query = query.where('contacts.openedBy', '=', options.openedBy);
  if (options.customerId) query = query.where('contacts.customerId', '=', options.customerId);
  if (options.status) query = query.where('contacts.status', '=', options.status);
  return query.orderBy('contacts.openedAt', 'desc').limit(options.limit).execute();
}
