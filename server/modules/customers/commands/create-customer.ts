import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export type CreateCustomerOptions = { db: Db; organizationId: string; name: string; phone?: string | undefined; email?: string | undefined; now: Date };

/**
 * A new customer, typically a caller the telephony pop did not recognise. They start in the `new`
 * segment with no lifetime value: their value grows with their orders, not with what a rep types.
 */
export async function createCustomer(options: CreateCustomerOptions): Promise<{ id: string }> {
  const { db, organizationId } = options;
  const org = await db.selectFrom('organizations').select('currency').where('id', '=', organizationId).executeTakeFirstOrThrow();
  const email = options.email?.trim().toLowerCase() || null;
  if (email) {
    const taken = await db.selectFrom('customers').select('id').where('organizationId', '=', organizationId).where((eb) => eb(eb.fn('lower', ['email']), '=', email)).executeTakeFirst();
    if (taken) throw new AppError('conflict', `A customer with ${email} already exists: search for them instead`, 'email');
  }
  return db
    .insertInto('customers')
    .values({
      organizationId,
      externalRef: `N-${randomBytes(4).toString('hex').toUpperCase()}`,
      name: options.name.trim(),
      phone: options.phone?.trim() || null,
      email,
      segment: 'new',
      lifetimeValueMinor: 0,
      currency: org.currency,
      flags: '[]',
      createdAt: options.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
