import type { Transaction } from 'kysely';

import type { CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { AuthorityRequest, Usage } from '../../../../domain/authority/decide.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { rolesWith } from '../../../policies/ability-holders.ts';
import { loadCompiledPolicy } from '../../authority/queries/find-policy.ts';
import {
  loadCustomerForAuthority,
  loadUsage,
  orderAgeInDays,
} from '../../authority/queries/load-decision-inputs.ts';

/** The rep's request as the engine saw it, less who decides, the amount and the time: what an answer re-decides. */
export type PendingRequest = Pick<
  AuthorityRequest,
  'customer' | 'type' | 'currency' | 'orderAgeDays'
>;

/** A pending approval, locked, with what re-deciding it needs: the request as the engine sees it and live usage. */
export async function loadApprovalForUpdate(
  trx: Transaction<Database>,
  organizationId: string,
  approvalId: string,
) {
  const approval = await trx
    .selectFrom('approvals')
    .innerJoin('resolutions', 'resolutions.id', 'approvals.resolutionId')
    .leftJoin('people as decider', 'decider.id', 'approvals.decidedBy')
    .select([
      'approvals.id',
      'approvals.status',
      'approvals.levelKey',
      'approvals.levelRank',
      'approvals.requestedBy',
      'approvals.claimedBy',
      'approvals.escalations',
      'approvals.resolutionId',
      'resolutions.contactId',
      'resolutions.customerId',
      'resolutions.type',
      'resolutions.amountMinor',
      'resolutions.currency',
      'resolutions.orderId',
      'decider.name as decidedByName',
    ])
    .where('approvals.organizationId', '=', organizationId)
    .where('approvals.id', '=', approvalId)
    .forUpdate('approvals')
    .executeTakeFirst();
  if (!approval) throw AppError.notFound('Approval');
  return approval;
}

export type ApprovalForUpdate = Awaited<ReturnType<typeof loadApprovalForUpdate>>;

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

/**
 * Everyone whose queue shows this approval: the people it was pushed to, and every connected approver
 * at or above its level (they see it too, and must see it go when someone decides).
 */
export async function audienceOf(
  trx: Transaction<Database>,
  options: { organizationId: string; approvalId: string; levelRank: number; now: Date },
): Promise<string[]> {
  const routed = await trx
    .selectFrom('approvalRecipients')
    .select('personId')
    .where('approvalId', '=', options.approvalId)
    .execute();
  const watching = await trx
    .selectFrom('people')
    .innerJoin('personPresence', 'personPresence.personId', 'people.id')
    .innerJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select('people.id as personId')
    .where('people.organizationId', '=', options.organizationId)
    .where('people.role', 'in', rolesWith('approvals.decide'))
    .where('authorityLevels.rank', '>=', options.levelRank)
    .where('personPresence.connectedUntil', '>', options.now)
    .execute();
  return [...new Set([...routed, ...watching].map((r) => r.personId))];
}
