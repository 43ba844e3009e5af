import { formatMoney } from '../../../domain/money.ts';
import type { ApprovalItem } from './types.ts';
import type { Decision, DecisionResult } from './use-approvals.ts';

/** What the approver reads after answering: what they did, and that the rep knows. */
export function decidedMessage(
  item: ApprovalItem,
  result: DecisionResult,
  decision: Decision,
): string {
  const { amountMinor, currency } = item.resolution;
  const rep = item.requester.name;
  if (result.status === 'denied')
    return `You denied ${item.customer.name}'s request. ${rep} has your note.`;
  if (
    result.status === 'reduced' &&
    decision.action === 'approve' &&
    decision.amount !== undefined
  ) {
    return `You approved ${formatMoney(decision.amount, currency)} of ${formatMoney(amountMinor, currency)} for ${item.customer.name}. ${rep} has been told.`;
  }
  return `You approved ${formatMoney(amountMinor, currency)} for ${item.customer.name}. ${rep} has been told.`;
}
