import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { orderAgeInDays } from '../order-age-in-days.ts';

/** Days since the order was placed, for eligibility conditions; the order must be the customer's. */
export async function loadOrderAgeDays(
  db: Db,
  organizationId: string,
  customerId: string,
  orderId: string,
  now: Date,
): Promise<number> {
  const order = await db
    .selectFrom('orders')
    .select('placedAt')
    .where('organizationId', '=', organizationId)
    .where('customerId', '=', customerId)
    .where('id', '=', orderId)
    .executeTakeFirst();
  if (!order) throw AppError.invalid('orderId', 'no such order for this customer');
  return orderAgeInDays(order.placedAt, now);
}
