import type { Db } from '../../../db/database.ts';
import { selectApprovals } from './select-approvals.ts';

/**
 * Approvals a person can act on now: pending, at or below their level, not their own, and not for a
 * customer linked to them; oldest first, since the customer has waited longest. `routedToMe` marks the
 * ones that were pushed to them.
 */
export function listActionableApprovals(options: {
  db: Db;
  organizationId: string;
  personId: string;
  rank: number;
  limit: number;
}) {
  return selectApprovals(options.db, options.organizationId, options.personId)
    .where('approvals.status', '=', 'pending')
    .where('approvals.levelRank', '<=', options.rank)
    .where('approvals.requestedBy', '!=', options.personId)
    .where((eb) =>
      eb.or([
        eb('customers.linkedPersonId', 'is', null),
        eb('customers.linkedPersonId', '!=', options.personId),
      ]),
    )
    .orderBy('approvals.createdAt', 'asc')
    .limit(options.limit)
    .execute();
}

export type ApprovalListRow = Awaited<ReturnType<typeof listActionableApprovals>>[number];
