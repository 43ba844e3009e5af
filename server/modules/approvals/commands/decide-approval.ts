import { levelCovers } from '../../../../domain/authority/decide.ts';
import { formatMoney } from '../../../../domain/money.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-decision-inputs.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { loadApprovalDecisionInputs, loadApprovalForUpdate, audienceOf } from '../queries/load-approval-context.ts';

export type DecideApprovalOptions = {
  db: Db;
  organizationId: string;
  approverId: string;
  approvalId: string;
  action: 'approve' | 'deny';
  /** Approve a lower amount than asked. */
  amountMinor?: number | undefined;
  note: string;
  now: Date;
};

/**
 * An approver's answer. Only someone other than the requester, not linked to the customer, whose own
 * level covers the amount (with the customer's current usage) may approve; the first answer wins.
 */
export async function decideApproval(options: DecideApprovalOptions): Promise<{ status: 'approved' | 'reduced' | 'denied' }> {
  const { organizationId, approverId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const approval = await loadApprovalForUpdate(trx, organizationId, options.approvalId);
    if (approval.status !== 'pending') {
      throw new AppError('conflict', `This request was already ${approval.status}${approval.decidedByName ? ` by ${approval.decidedByName}` : ''}`);
    }
    if (approval.requestedBy === approverId) throw new AppError('forbidden', 'You cannot decide your own request');

    const approver = await loadPersonForAuthority(trx, organizationId, approverId);
    const { cp, customer, usage } = await loadApprovalDecisionInputs(trx, organizationId, approval, now);
    if (customer.linkedPersonId === approverId) throw new AppError('forbidden', 'This customer is linked to you, so someone else must decide');
    const li = approver.levelKey ? cp.levelIndex.get(approver.levelKey) : undefined;
    // Denying needs the routed level; approving needs authority over the amount, checked below.
    if (li === undefined || (options.action === 'deny' && li + 1 < approval.levelRank)) {
      throw new AppError('forbidden', `This request needs a ${cp.levels[approval.levelRank - 1]?.name ?? approval.levelKey} or above`);
    }

    const amount = options.action === 'approve' ? (options.amountMinor ?? approval.amountMinor) : approval.amountMinor;
    if (amount > approval.amountMinor) throw AppError.invalid('amount', `cannot approve more than the ${formatMoney(approval.amountMinor, approval.currency)} asked for`);
    if (options.action === 'approve') {
      const request = { person: approver, customer, type: approval.type, amountMinor: amount, currency: approval.currency, orderAgeDays: null, at: now.getTime() };
      const rule = cp.rules[li * cp.types.length + (cp.typeIndex.get(approval.type) ?? 0)];
      const certified = !rule?.certification || approver.certifications.includes(rule.certification);
      if (!levelCovers(cp, li, request, usage) || !certified) {
        throw new AppError('forbidden', `Your authority does not cover ${formatMoney(amount, approval.currency)} of this; someone at a higher level must decide`);
      }
    }

    const status = options.action === 'deny' ? 'denied' : amount < approval.amountMinor ? 'reduced' : 'approved';
    await trx
      .updateTable('approvals')
      .set({ status, decidedBy: approverId, decidedAmountMinor: status === 'denied' ? null : amount, note: options.note, decidedAt: now, escalatesAt: null })
      .where('id', '=', approval.id)
      .execute();
    await trx
      .updateTable('resolutions')
      .set({ status: status === 'denied' ? 'denied' : 'granted', grantedAmountMinor: status === 'denied' ? null : amount, decidedBy: approverId, decidedAt: now })
      .where('id', '=', approval.resolutionId)
      .execute();

    const notify = new Set([approval.requestedBy, ...(await audienceOf(trx, { organizationId, approvalId: approval.id, levelRank: approval.levelRank, now }))]);
    notify.delete(approverId);
    const events: NewEvent[] = [...notify].map((recipientId) => ({ organizationId, recipientId, type: 'approval.decided', data: { approvalId: approval.id, resolutionId: approval.resolutionId, status } }));
    await recordEvents(trx, events);
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: status === 'denied' ? 'approval.denied' : status === 'reduced' ? 'approval.reduced' : 'approval.approved',
        at: now,
        actorId: approverId,
        resolutionId: approval.resolutionId,
        approvalId: approval.id,
        data: { requestedMinor: approval.amountMinor, grantedMinor: status === 'denied' ? 0 : amount, note: options.note, policyVersion: cp.version },
      },
    ]);
    return { status };
  });
}
