import type { Db } from '../../../db/database.ts';
import type { Customer, Order } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

export async function findCustomer(options: {
  db: Db;
  organizationId: string;
  customerId: string;
}): Promise<Customer> {
  const customer = await options.db
    .selectFrom('customers')
    .selectAll()
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.customerId)
    .executeTakeFirst();
  if (!customer) throw AppError.notFound('Customer');
  return customer;
}

export function listOrders(options: {
  db: Db;
  organizationId: string;
  customerId: string;
  limit?: number;
}): Promise<Order[]> {
  return options.db
    .selectFrom('orders')
    .selectAll()
    .where('organizationId', '=', options.organizationId)
    .where('customerId', '=', options.customerId)
    .orderBy('placedAt', 'desc')
    .limit(options.limit ?? 50)
    .execute();
}
