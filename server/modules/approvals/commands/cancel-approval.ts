import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { requesterPolicy } from '../../../policies/approval.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { loadApprovalForUpdate } from '../queries/load-approval-for-update.ts';
import { whoHearsOf } from '../queries/who-hears-of.ts';

/** The rep withdraws a request (the customer hung up, or another way was found). */
export async function cancelApproval(options: {
  db: Db;
  organizationId: string;
  personId: string;
  approvalId: string;
  now: Date;
}): Promise<void> {
  const { organizationId, personId, now } = options;
  await options.db.transaction().execute(async (trx) => {
    const approval = await loadApprovalForUpdate(trx, organizationId, options.approvalId);
    authorizeRecord(requesterPolicy(personId, approval).withdraw);
    if (approval.status !== 'pending')
      throw new AppError('conflict', `This request was already ${approval.status}`);
    await trx
      .updateTable('approvals')
      .set({ status: 'cancelled', decidedAt: now, escalatesAt: null })
      .where('id', '=', approval.id)
      .execute();
    await trx
      .updateTable('resolutions')
      .set({ status: 'cancelled', decidedAt: now })
      .where('id', '=', approval.resolutionId)
      .execute();
    // The rep's own other tabs hear of it too.
    const recipients = await whoHearsOf(trx, { organizationId, approval, actorId: null, now });
    await recordEvents(
      trx,
      recipients.map((recipientId) => ({
        organizationId,
        recipientId,
        type: 'approval.cancelled' as const,
        data: { approvalId: approval.id },
      })),
    );
    await appendLedgerEntries(trx, organizationId, [
      {
        kind: 'approval.cancelled',
        at: now,
        actorId: personId,
        resolutionId: approval.resolutionId,
        approvalId: approval.id,
        data: {},
      },
    ]);
  });
}
