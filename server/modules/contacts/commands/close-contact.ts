import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { contactPolicy } from '../../../policies/contact.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';

export async function closeContact(options: {
  db: Db;
  organizationId: string;
  personId: string;
  contactId: string;
  now: Date;
}): Promise<void> {
  const { db, organizationId, contactId } = options;
  const contact = await db
    .selectFrom('contacts')
    .select(['openedBy', 'status'])
    .where('organizationId', '=', organizationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact) throw AppError.notFound('Contact');
  authorizeRecord(contactPolicy(options.personId, contact).close);
  if (contact.status === 'closed') return;
  await db
    .updateTable('contacts')
    .set({ status: 'closed', closedAt: options.now })
    .where('id', '=', contactId)
    .execute();
}
