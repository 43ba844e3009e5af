import { randomBytes } from 'node:crypto';

import { normalizePhone, phoneCountryOf } from '../../../../domain/phone.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { findHolder } from '../queries/find-holder.ts';

export type CreateCustomerOptions = {
  db: Db;
  organizationId: string;
  name: string;
  phone?: string | undefined;
  email?: string | undefined;
  now: Date;
};

/**
 * A new customer, typically a caller the telephony pop did not recognise. They start in the `new`
 * segment with no lifetime value: their value grows with their orders, not with what a rep types.
 * A phone number or e-mail address another customer has is refused, naming that customer.
 */
export async function createCustomer(options: CreateCustomerOptions): Promise<{ id: string }> {
  const { db, organizationId } = options;
  const org = await db
    .selectFrom('organizations')
    .select('currency')
    .where('id', '=', organizationId)
    .executeTakeFirstOrThrow();
  const email = options.email?.trim().toLowerCase() || null;
  let phone: string | null = null;
  if (options.phone?.trim()) {
    const normalized = normalizePhone(options.phone, phoneCountryOf(org.currency));
    if (!normalized.ok) throw AppError.invalid('phone', normalized.reason);
    phone = normalized.e164;
  }
  const holder = await findHolder({ db, organizationId, phone, email });
  if (holder) throw holder;
  try {
    return await db
      .insertInto('customers')
      .values({
        organizationId,
        externalRef: `N-${randomBytes(4).toString('hex').toUpperCase()}`,
        name: options.name.trim(),
        phone,
        email,
        segment: 'new',
        lifetimeValueMinor: 0,
        currency: org.currency,
        flags: '[]',
        createdAt: options.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  } catch (error) {
    // Another rep added them a moment ago: the unique indexes decide, and name who won.
    if (isUniqueViolation(error))
      throw (await findHolder({ db, organizationId, phone, email })) ?? error;
    throw error;
  }
}

/** Postgres's unique_violation, as pg and PGlite both report it. */
function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
  );
}
