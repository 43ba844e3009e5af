import type { CompiledPolicy } from '../../domain/authority/compile.ts';
import { levelCovers, type AuthorityRequest, type Usage } from '../../domain/authority/decide.ts';
import { formatMoney } from '../../domain/money.ts';
import { allowed, refuse, type Verdict } from './verdict.ts';

/** A pending approval as the record-level rules see it. */
export type ApprovalFacts = {
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

/** What an approver may do with one pending approval, under the policy in force. */
export type ApprovalPolicy = {
  /** The gate every action shares, so no action is a way around another's. */
  act: Verdict;
  claim: Verdict;
  deny: Verdict;
  /**
   * Approving depends on the amount, so it is asked with the answer: the rep's own request (the same
   * customer, order and conditions) at the amount approved, and the customer's usage as it is now.
   */
  approve(answer: { request: AuthorityRequest; usage: Usage }): Verdict;
};

/**
 * Who may act on a pending approval at all: not the requester (four eyes), not a person linked to the
 * customer, and only someone whose rank reaches the level the request was routed to. Approving is
 * also a decision of the engine: the approver's level, as a level, must cover the request at the
 * amount approved, and the approver must hold the rule's certification.
 */
export function approvalPolicy(
  approver: ApproverFacts,
  approval: ApprovalFacts,
  cp: CompiledPolicy,
): ApprovalPolicy {
  const li = approver.levelKey === null ? undefined : cp.levelIndex.get(approver.levelKey);
  const act = mayAct(approver, approval, cp, li);
  return {
    act,
    claim: act,
    deny: act,
    approve: ({ request, usage }) => {
      // An approver without a level in the policy is refused by the gate already.
      if (!act.allowed || li === undefined) return act;
      const ti = cp.typeIndex.get(request.type);
      const rule = ti === undefined ? undefined : cp.rules[li * cp.types.length + ti];
      const certified =
        !rule?.certification || approver.certifications.includes(rule.certification);
      if (levelCovers(cp, li, request, usage) && certified) return allowed;
      return refuse(
        'forbidden',
        `Your authority does not cover ${formatMoney(request.amountMinor, request.currency)} of this; someone at a higher level must decide`,
      );
    },
  };
}

function mayAct(
  approver: ApproverFacts,
  approval: ApprovalFacts,
  cp: CompiledPolicy,
  li: number | undefined,
): Verdict {
  if (approval.requestedBy === approver.id)
    return refuse('forbidden', 'You cannot decide your own request');
  if (approval.customerLinkedPersonId === approver.id)
    return refuse('forbidden', 'This customer is linked to you, so someone else must decide');
  if (li === undefined || li + 1 < approval.levelRank) {
    const level = cp.levels[approval.levelRank - 1]?.name ?? approval.levelKey;
    return refuse('forbidden', `This request needs a ${level} or above`);
  }
  return allowed;
}

/** What the rep who asked may do with their request: only they withdraw it. */
export function requesterPolicy(
  actorId: string,
  approval: Pick<ApprovalFacts, 'requestedBy'>,
): { withdraw: Verdict } {
  return {
    withdraw:
      approval.requestedBy === actorId
        ? allowed
        : refuse('forbidden', 'Only the rep who asked can withdraw a request'),
  };
}
