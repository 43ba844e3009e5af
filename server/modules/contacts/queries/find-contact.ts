import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export function selectContacts(db: Db, organizationId: string) {
  return db
    .selectFrom('contacts')
    .innerJoin('people as opener', 'opener.id', 'contacts.openedBy')
    .leftJoin('customers', 'customers.id', 'contacts.customerId')
    .select([
      'contacts.id',
      'contacts.customerId',
      'customers.name as customerName',
      'opener.id as openedById',
      'opener.name as openedByName',
      'contacts.channel',
      'contacts.reason',
      'contacts.status',
      'contacts.phone',
      'contacts.notes',
      'contacts.openedAt',
      'contacts.closedAt',
    ])
    .where('contacts.organizationId', '=', organizationId);
}

export type ContactRow = Awaited<
  ReturnType<ReturnType<typeof selectContacts>['executeTakeFirstOrThrow']>
>;

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
