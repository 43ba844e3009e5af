import type { Db } from '../../../db/database.ts';

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
