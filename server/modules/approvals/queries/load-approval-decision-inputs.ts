import type { Transaction } from 'kysely';

import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { AuthorityRequest, Usage } from '../../../../domain/authority/decide.ts';
import type { Database } from '../../../db/schema.ts';
import { orderAgeInDays } from '../../authority/order-age-in-days.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadCustomerForAuthority } from '../../authority/queries/load-customer-for-authority.ts';
import { loadUsage } from '../../authority/queries/load-usage.ts';
import type { ApprovalForUpdate } from './load-approval-for-update.ts';

/** The rep's request as the engine saw it, less who decides, the amount and the time: what an answer re-decides. */
export type PendingRequest = Pick<
  AuthorityRequest,
  'customer' | 'type' | 'currency' | 'orderAgeDays'
>;

export async function loadApprovalDecisionInputs(
  trx: Transaction<Database>,
  organizationId: string,
  approval: ApprovalForUpdate,
  now: Date,
): Promise<{
  cp: CompiledPolicy;
  customer: AuthorityRequest['customer'];
  request: PendingRequest;
  usage: Usage;
  timeoutSeconds: number;
}> {
  // The customer's row is locked (after the approval's: the lock order of approvals) before usage is
  // read, as a rep's decisions lock it before theirs: an approval and a rep's grant for the same
  // customer at the same moment are counted one after the other, never both against the same window.
  const customer = await loadCustomerForAuthority(trx, organizationId, approval.customerId, {
    lock: true,
  });
  const [cp, org, order] = await Promise.all([
    loadCompiledPolicy({ db: trx, organizationId }),
    trx
      .selectFrom('organizations')
      .select(['approvalTimeoutSeconds'])
      .where('id', '=', organizationId)
      .executeTakeFirstOrThrow(),
    approval.orderId === null
      ? undefined
      : trx
          .selectFrom('orders')
          .select('placedAt')
          .where('organizationId', '=', organizationId)
          .where('id', '=', approval.orderId)
          .executeTakeFirst(),
  ]);
  const usageByType = await loadUsage({
    db: trx,
    organizationId,
    personId: approval.requestedBy,
    customerId: approval.customerId,
    contactId: approval.contactId,
    cp,
    now,
  });
  const usage: Usage = {
    personDayMinor: 0,
    personMonthMinor: 0,
    customerWindowMinor: 0,
    ...usageByType.byType[approval.type],
    contactTotalMinor: usageByType.contactTotalMinor,
  };
  const request: PendingRequest = {
    customer,
    type: approval.type,
    currency: approval.currency,
    orderAgeDays: order ? orderAgeInDays(order.placedAt, now) : null,
  };
  return { cp, customer, request, usage, timeoutSeconds: org.approvalTimeoutSeconds };
}
