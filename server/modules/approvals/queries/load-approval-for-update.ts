import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';

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
