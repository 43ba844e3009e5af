import type { Db } from '../../../db/database.ts';
import type { Customer } from '../../../db/schema.ts';
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
