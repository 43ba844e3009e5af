import type { Db } from '../../../db/database.ts';
import type { ContactChannel } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

export type OpenContactOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string | null;
  channel: ContactChannel;
  reason: string;
  phone?: string | null;
  externalCallId?: string | null;
  now: Date;
};

/** A contact is the conversation a rep is having; resolutions hang off it. */
export async function openContact(options: OpenContactOptions): Promise<{ id: string }> {
  const { db, organizationId } = options;
  if (options.customerId) {
    const customer = await db
      .selectFrom('customers')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', options.customerId)
      .executeTakeFirst();
    if (!customer) throw AppError.invalid('customerId', 'no such customer in this organization');
  }
  return db
    .insertInto('contacts')
    .values({
      organizationId,
      customerId: options.customerId,
      openedBy: options.personId,
      channel: options.channel,
      reason: options.reason,
      phone: options.phone ?? null,
      externalCallId: options.externalCallId ?? null,
      openedAt: options.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
