import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

export function selectApprovals(db: Db, organizationId: string, personId: string) {
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
