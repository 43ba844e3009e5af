import { type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { planApprovalRoutes, type ApprovalToRoute } from './plan-approval-routes.ts';

/**
 * Routes several approvals of one organization with one read of its people and one write of the
 * recipients. Returns, per approval in the order given, the events that push it to its recipients.
 */
export async function routeApprovals(options: {
  trx: Transaction<Database>;
  organizationId: string;
  now: Date;
  approvals: ApprovalToRoute[];
}): Promise<NewEvent[][]> {
  const { recipients, events } = await planApprovalRoutes({
    db: options.trx,
    organizationId: options.organizationId,
    now: options.now,
    approvals: options.approvals,
  });
  if (recipients.length > 0) {
    await options.trx
      .insertInto('approvalRecipients')
      .values(recipients)
      .onConflict((oc) => oc.columns(['approvalId', 'personId']).doNothing())
      .execute();
  }
  return events;
}
