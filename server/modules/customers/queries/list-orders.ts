import type { Db } from '../../../db/database.ts';
import type { Order } from '../../../db/schema.ts';

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
