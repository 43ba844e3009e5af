import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

/**
 * 404 unless the contact is the organization's, before an article is linked to it or its links are
 * read: a link names the contact, so another organization's id must not be accepted.
 */
export async function assertContact(
  db: Kysely<Database>,
  options: { organizationId: string; contactId: string },
): Promise<void> {
  const contact = await db
    .selectFrom('contacts')
    .select('id')
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.contactId)
    .executeTakeFirst();
  if (!contact) throw AppError.notFound('Contact');
}
