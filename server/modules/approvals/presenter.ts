import type { z } from 'zod';

import type { approvalItemSchema } from '../../../contract/approvals.ts';
import type { Decision } from '../../../domain/authority/decide.ts';
import type { ApprovalListRow } from './queries/list-approvals.ts';

/**
 * The engine's reasons at request time, as an approver reads them (about the rep, not to them); after
 * an escalation, the last one says where it went instead.
 */
function reasonsNow(row: ApprovalListRow): string[] {
  // Decisions recorded before approvers had their own wording carry the rep's only.
  const decision = row.decision as Omit<Decision, 'reasonsForApprover'> &
    Partial<Pick<Decision, 'reasonsForApprover'>>;
  const reasons = decision.reasonsForApprover ?? decision.reasons;
  if (row.escalations === 0) return reasons;
  return [
    ...reasons.slice(0, -1),
    `Nobody answered in time, so it went up to ${row.levelName ?? row.levelKey}.`,
  ];
}

export function presentApprovalItem(row: ApprovalListRow): z.infer<typeof approvalItemSchema> {
  return {
    id: row.id,
    status: row.status,
    level: { key: row.levelKey, name: row.levelName ?? row.levelKey, rank: row.levelRank },
    escalations: row.escalations,
    createdAt: row.createdAt.toISOString(),
    escalatesAt: row.escalatesAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedAmountMinor: row.decidedAmountMinor,
    note: row.note,
    routedToMe: Boolean(row.routedToMe),
    claimedBy:
      row.claimedById && row.claimedByName
        ? { id: row.claimedById, name: row.claimedByName }
        : null,
    requester: { id: row.requesterId, name: row.requesterName },
    contact: { channel: row.contactChannel, open: row.contactStatus === 'open' },
    resolution: {
      id: row.resolutionId,
      contactId: row.contactId,
      type: row.type,
      amountMinor: row.amountMinor,
      currency: row.currency,
      reason: row.reason,
      reasons: reasonsNow(row),
    },
    customer: {
      id: row.customerId,
      name: row.customerName,
      segment: row.segment,
      lifetimeValue: { amountMinor: row.lifetimeValueMinor, currency: row.customerCurrency },
      flags: row.flags,
    },
  };
}
