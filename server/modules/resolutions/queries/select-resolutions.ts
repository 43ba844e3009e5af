import type { Db } from '../../../db/database.ts';

/** A resolution with its approval (if any) and the names a screen shows. */
export function selectResolutions(db: Db, organizationId: string) {
  return (
    db
      .selectFrom('resolutions')
      .innerJoin('people as requester', 'requester.id', 'resolutions.requestedBy')
      .leftJoin('approvals', 'approvals.resolutionId', 'resolutions.id')
      .leftJoin('people as claimer', 'claimer.id', 'approvals.claimedBy')
      .leftJoin('people as decider', 'decider.id', 'resolutions.decidedBy')
      .leftJoin('authorityLevels as approvalLevel', (join) =>
        join
          .onRef('approvalLevel.key', '=', 'approvals.levelKey')
          .onRef('approvalLevel.organizationId', '=', 'approvals.organizationId'),
      )
      // The covered receipt cites the ledger entry that recorded the grant.
      .leftJoin('ledgerEntries as grantEntry', (join) =>
        join
          .onRef('grantEntry.resolutionId', '=', 'resolutions.id')
          .on('grantEntry.kind', '=', 'resolution.granted_within_authority'),
      )
      .select([
        'resolutions.id',
        'resolutions.contactId',
        'resolutions.customerId',
        'resolutions.requestedBy',
        'requester.name as requestedByName',
        'resolutions.type',
        'resolutions.amountMinor',
        'resolutions.currency',
        'resolutions.reason',
        'resolutions.status',
        'resolutions.grantedAmountMinor',
        'resolutions.withinAuthority',
        'resolutions.policyVersion',
        'resolutions.decision',
        'resolutions.idempotencyKey',
        'resolutions.createdAt',
        'resolutions.decidedAt',
        'decider.id as decidedById',
        'decider.name as decidedByName',
        'approvals.id as approvalId',
        'approvals.status as approvalStatus',
        'approvals.levelKey as approvalLevelKey',
        'approvals.levelRank as approvalLevelRank',
        'approvalLevel.name as approvalLevelName',
        'approvals.escalations as approvalEscalations',
        'approvals.createdAt as approvalCreatedAt',
        'approvals.escalatesAt as approvalEscalatesAt',
        'approvals.decidedAmountMinor as approvalDecidedAmountMinor',
        'approvals.note as approvalNote',
        'claimer.id as claimedById',
        'claimer.name as claimedByName',
        'grantEntry.seq as receiptSeq',
        'grantEntry.hash as receiptHash',
      ])
      .where('resolutions.organizationId', '=', organizationId)
  );
}

export type ResolutionRow = Awaited<
  ReturnType<ReturnType<typeof selectResolutions>['executeTakeFirstOrThrow']>
>;
