import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { selectContacts, type ContactRow } from './select-contacts.ts';

export async function findContact(options: {
  db: Db;
  organizationId: string;
  contactId: string;
}): Promise<ContactRow> {
  const row = await selectContacts(options.db, options.organizationId)
    .where('contacts.id', '=', options.contactId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Contact');
  return row;
}
