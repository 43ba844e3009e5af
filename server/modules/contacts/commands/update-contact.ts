import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { contactPolicy } from '../../../policies/contact.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';

/** Notes, reason and (for a contact opened on an unknown number) the customer; only the rep who has it open. */
export async function updateContact(options: {
  db: Db;
  organizationId: string;
  personId: string;
  contactId: string;
  changes: {
    notes?: string | undefined;
    reason?: string | undefined;
    customerId?: string | undefined;
  };
}): Promise<void> {
  const { db, organizationId, contactId, changes } = options;
  const contact = await db
    .selectFrom('contacts')
    .select(['openedBy', 'status', 'customerId'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact) throw AppError.notFound('Contact');
  authorizeRecord(contactPolicy(options.personId, contact).change);
  if (contact.status === 'closed') throw new AppError('conflict', 'This contact is closed');
  if (changes.customerId !== undefined) {
    if (contact.customerId && contact.customerId !== changes.customerId)
      throw AppError.invalid('customerId', 'this contact already has a customer');
    const customer = await db
      .selectFrom('customers')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', changes.customerId)
      .executeTakeFirst();
    if (!customer) throw AppError.invalid('customerId', 'no such customer in this organization');
  }
  await db
    .updateTable('contacts')
    .set({
      ...(changes.notes !== undefined && { notes: changes.notes }),
      ...(changes.reason !== undefined && { reason: changes.reason }),
      ...(changes.customerId !== undefined && { customerId: changes.customerId }),
    })
    .where('id', '=', contactId)
    .execute();
}
