import { decide, type Decision } from '../../../../domain/authority/decide.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../queries/load-compiled-policy.ts';
import { loadCustomerForAuthority } from '../queries/load-customer-for-authority.ts';
import { loadOrderAgeDays } from '../queries/load-order-age-days.ts';
import { loadPersonForAuthority } from '../queries/load-person-for-authority.ts';
import { loadUsage } from '../queries/load-usage.ts';

export type CheckOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  customerId: string;
  type: string;
  amountMinor: number;
  currency: string;
  contactId?: string | undefined;
  orderId?: string | undefined;
  now: Date;
};

/** The engine's answer for a request, with live usage, and no side effect. */
export async function checkAuthority(options: CheckOptions): Promise<Decision> {
  const { db, organizationId, now } = options;
  const [cp, person, customer] = await Promise.all([
    loadCompiledPolicy({ db, organizationId }),
    loadPersonForAuthority(db, organizationId, options.personId, now),
    loadCustomerForAuthority(db, organizationId, options.customerId),
  ]);
  if (options.contactId)
    await assertContactOfCustomer(db, organizationId, options.contactId, customer.id);
  const orderAgeDays = options.orderId
    ? await loadOrderAgeDays(db, organizationId, customer.id, options.orderId, now)
    : null;
  const usage = await loadUsage({
    db,
    organizationId,
    personId: person.id,
    customerId: customer.id,
    contactId: options.contactId ?? null,
    cp,
    now,
  });
  const typeUsage = usage.byType[options.type] ?? {
    personDayMinor: 0,
    personMonthMinor: 0,
    customerWindowMinor: 0,
  };
  return decide(
    cp,
    {
      person,
      customer,
      type: options.type,
      amountMinor: options.amountMinor,
      currency: options.currency,
      orderAgeDays,
      at: now.getTime(),
    },
    { ...typeUsage, contactTotalMinor: usage.contactTotalMinor },
  );
}

async function assertContactOfCustomer(
  db: Db,
  organizationId: string,
  contactId: string,
  customerId: string,
): Promise<void> {
  const contact = await db
    .selectFrom('contacts')
    .select('customerId')
    .where('organizationId', '=', organizationId)
    .where('id', '=', contactId)
    .executeTakeFirst();
  if (!contact || contact.customerId !== customerId)
    throw AppError.invalid('contactId', 'no such contact for this customer');
}
