import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

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

/** What this person decided lately, newest first. */
export function listDecidedApprovals(options: {
  db: Db;
  organizationId: string;
  personId: string;
  limit: number;
}) {
  return selectApprovals(options.db, options.organizationId, options.personId)
    .where('approvals.decidedBy', '=', options.personId)
    .orderBy('approvals.decidedAt', 'desc')
    .limit(options.limit)
    .execute();
}

function selectApprovals(db: Db, organizationId: string, personId: string) {
  return db
    .selectFrom('approvals')
    .innerJoin('resolutions', 'resolutions.id', 'approvals.resolutionId')
    .innerJoin('customers', 'customers.id', 'resolutions.customerId')
    .innerJoin('people as requester', 'requester.id', 'approvals.requestedBy')
    .innerJoin('contacts', 'contacts.id', 'resolutions.contactId')
    .leftJoin('people as claimer', 'claimer.id', 'approvals.claimedBy')
    .leftJoin('authorityLevels as level', (join) =>
      join
        .onRef('level.key', '=', 'approvals.levelKey')
        .onRef('level.organizationId', '=', 'approvals.organizationId'),
    )
    .select((eb) => [
      'approvals.id',
      'approvals.status',
      'approvals.levelKey',
      'approvals.levelRank',
      'level.name as levelName',
      'approvals.escalations',
      'approvals.createdAt',
      'approvals.escalatesAt',
      'approvals.decidedAt',
      'approvals.decidedAmountMinor',
      'approvals.note',
      'claimer.id as claimedById',
      'claimer.name as claimedByName',
      'requester.id as requesterId',
      'requester.name as requesterName',
      'resolutions.id as resolutionId',
      'resolutions.contactId',
      'contacts.channel as contactChannel',
      'contacts.status as contactStatus',
      'resolutions.type',
      'resolutions.amountMinor',
      'resolutions.currency',
      'resolutions.reason',
      'resolutions.decision',
      'customers.id as customerId',
      'customers.name as customerName',
      'customers.segment',
      'customers.lifetimeValueMinor',
      'customers.flags',
      'customers.currency as customerCurrency',
      eb
        .exists(
          eb
            .selectFrom('approvalRecipients')
            .whereRef('approvalRecipients.approvalId', '=', 'approvals.id')
            .where('approvalRecipients.personId', '=', personId)
            .select(sql`1`.as('one')),
        )
        .as('routedToMe'),
    ])
    .where('approvals.organizationId', '=', organizationId);
}

export type ApprovalListRow = Awaited<ReturnType<typeof listActionableApprovals>>[number];
