import { formatMoney } from '../../../../domain/money.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { approvalPolicy } from '../../../policies/approval.ts';
import type { TokenActing } from '../../../policies/principal.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-person-for-authority.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { loadApprovalDecisionInputs } from '../queries/load-approval-decision-inputs.ts';
import { loadApprovalForUpdate } from '../queries/load-approval-for-update.ts';
import { whoHearsOf } from '../queries/who-hears-of.ts';
import { announceResolutionDenied } from './announce-resolution-denied.ts';

export type DecideApprovalOptions = {
  db: Db;
  organizationId: string;
  approverId: string;
  approvalId: string;
  action: 'approve' | 'deny';
  /** Approve a lower amount than asked. */
  amountMinor?: number | undefined;
  note: string;
  /** The API token the answer came with, if any: the ledger names its creator beside the approver. */
  token?: TokenActing | undefined;
  now: Date;
};

/**
 * An approver's answer. Only someone other than the requester, not linked to the customer, whose rank
 * reaches the routed level may answer at all; approving is re-decided by the engine with the rep's own
 * request at the approved amount and the customer's current usage. The first answer wins.
 */
export async function decideApproval(
  options: DecideApprovalOptions,
): Promise<{ status: 'approved' | 'reduced' | 'denied' }> {
  const { organizationId, approverId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const approval = await loadApprovalForUpdate(trx, organizationId, options.approvalId);
    if (approval.status !== 'pending') {
      throw new AppError(
        'conflict',
        `This request was already ${approval.status}${approval.decidedByName ? ` by ${approval.decidedByName}` : ''}`,
      );
    }
    const approver = await loadPersonForAuthority(trx, organizationId, approverId);
    const { cp, customer, request, usage } = await loadApprovalDecisionInputs(
      trx,
      organizationId,
      approval,
      now,
    );
    const policy = approvalPolicy(
      approver,
      { ...approval, customerLinkedPersonId: customer.linkedPersonId },
      cp,
    );
    authorizeRecord(policy.act);

    const asked = approval.amountMinor;
    const amount = options.action === 'approve' ? (options.amountMinor ?? asked) : asked;
    if (amount > asked)
      throw AppError.invalid(
        'amount',
        `cannot approve more than the ${formatMoney(asked, approval.currency)} asked for`,
      );
    // Approving nothing of something asked for grants nothing: it is a denial, and is recorded as one.
    const denies = options.action === 'deny' || (amount === 0 && asked > 0);
    if (denies && options.note.trim() === '')
      throw AppError.invalid('note', 'approving nothing denies the request: tell the rep why');
    if (!denies)
      authorizeRecord(
        policy.approve({
          request: { ...request, person: approver, amountMinor: amount, at: now.getTime() },
          usage,
        }),
      );

    const status = denies ? 'denied' : amount < asked ? 'reduced' : 'approved';
    await trx
      .updateTable('approvals')
      .set({
        status,
        decidedBy: approverId,
        decidedAmountMinor: status === 'denied' ? null : amount,
        note: options.note,
        decidedAt: now,
        escalatesAt: null,
      })
      .where('id', '=', approval.id)
      .execute();
    await trx
      .updateTable('resolutions')
      .set({
        status: status === 'denied' ? 'denied' : 'granted',
        grantedAmountMinor: status === 'denied' ? null : amount,
        decidedBy: approverId,
        decidedAt: now,
      })
      .where('id', '=', approval.resolutionId)
      .execute();
    if (status === 'denied')
      await announceResolutionDenied(trx, {
        organizationId,
        resolutionId: approval.resolutionId,
        now,
      });

    const notify = await whoHearsOf(trx, { organizationId, approval, actorId: approverId, now });
    const events: NewEvent[] = notify.map((recipientId) => ({
      organizationId,
      recipientId,
      type: 'approval.decided',
      data: { approvalId: approval.id, resolutionId: approval.resolutionId, status },
    }));
    await recordEvents(trx, events);
    await appendLedgerEntries(trx, organizationId, [
      {
        kind:
          status === 'denied'
            ? 'approval.denied'
            : status === 'reduced'
              ? 'approval.reduced'
              : 'approval.approved',
        at: now,
        actorId: approverId,
        resolutionId: approval.resolutionId,
        approvalId: approval.id,
        data: {
          requestedMinor: approval.amountMinor,
          grantedMinor: status === 'denied' ? 0 : amount,
          note: options.note,
          policyVersion: cp.version,
          ...(options.token ? { token: options.token } : {}),
        },
      },
    ]);
    return { status };
  });
}
