import type { CompiledPolicy } from '../../domain/authority/compile.ts';
import { levelCovers, type AuthorityRequest, type Usage } from '../../domain/authority/decide.ts';
import { formatMoney } from '../../domain/money.ts';
import { AppError } from '../errors.ts';

export type ApprovalAction = 'claim' | 'approve' | 'deny';

/** A pending approval as the record-level rules see it. */
export type PendingApprovalFacts = {
  requestedBy: string;
  levelRank: number;
  levelKey: string;
  customerLinkedPersonId: string | null;
};

/** The approver as the policy in force sees them. */
export type ApproverFacts = {
  id: string;
  levelKey: string | null;
  certifications: readonly string[];
};

/**
 * Who may act on a pending approval at all, whatever the action: not the requester (four eyes), not a
 * person linked to the customer, and only someone whose rank reaches the level the request was routed
 * to. Claiming, denying and approving share this gate, so no action is a way around another's.
 */
export function assertMayActOnApproval(
  cp: CompiledPolicy,
  approval: PendingApprovalFacts,
  approver: ApproverFacts,
): number {
  if (approval.requestedBy === approver.id)
    throw new AppError('forbidden', 'You cannot decide your own request');
  if (approval.customerLinkedPersonId === approver.id)
    throw new AppError('forbidden', 'This customer is linked to you, so someone else must decide');
  const li = approver.levelKey === null ? undefined : cp.levelIndex.get(approver.levelKey);
  if (li === undefined || li + 1 < approval.levelRank) {
    throw new AppError(
      'forbidden',
      `This request needs a ${cp.levels[approval.levelRank - 1]?.name ?? approval.levelKey} or above`,
    );
  }
  return li;
}

/**
 * Approving is a decision of the engine: the approver's level, as a level, must cover the rep's own
 * request (the same customer, order and conditions) at the amount approved, with the customer's usage
 * as it is now, and the approver must hold the rule's certification.
 */
export function assertApproverCovers(
  cp: CompiledPolicy,
  li: number,
  approver: ApproverFacts,
  request: AuthorityRequest,
  usage: Usage,
): void {
  const ti = cp.typeIndex.get(request.type);
  const rule = ti === undefined ? undefined : cp.rules[li * cp.types.length + ti];
  const certified = !rule?.certification || approver.certifications.includes(rule.certification);
  if (!levelCovers(cp, li, request, usage) || !certified) {
    throw new AppError(
      'forbidden',
      `Your authority does not cover ${formatMoney(request.amountMinor, request.currency)} of this; someone at a higher level must decide`,
    );
  }
}
