import { type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { type ApprovalToRoute } from './plan-approval-routes.ts';
import { routeApprovals } from './route-approvals.ts';

export type RouteApprovalOptions = ApprovalToRoute & {
  trx: Transaction<Database>;
  organizationId: string;
  now: Date;
};

/** Routes one approval; see routeApprovals. */
export async function routeApproval(options: RouteApprovalOptions): Promise<NewEvent[]> {
  const [events] = await routeApprovals({
    trx: options.trx,
    organizationId: options.organizationId,
    now: options.now,
    approvals: [options],
  });
  return events!;
}
