import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { loadApprovalForUpdate, audienceOf } from '../queries/load-approval-context.ts';

/** An approver picks a request up: the rep sees who is looking at it, and the others can let it go. */
export async function claimApproval(options: { db: Db; organizationId: string; approverId: string; approverName: string; approverRank: number | null; approvalId: string; now: Date }): Promise<void> {
  const { organizationId, approverId } = options;
  await options.db.transaction().execute(async (trx) => {
    const approval = await loadApprovalForUpdate(trx, organizationId, options.approvalId);
    if (approval.status !== 'pending') throw new AppError('conflict', `This request was already ${approval.status}`);
    if (approval.requestedBy === approverId) throw new AppError('forbidden', 'You cannot decide your own request');
    if (options.approverRank === null || options.approverRank < approval.levelRank) throw new AppError('forbidden', 'This request needs a higher authority level');
    if (approval.claimedBy === approverId) return;
    if (approval.claimedBy) throw new AppError('conflict', 'Someone else has already picked this request up');
    await trx.updateTable('approvals').set({ claimedBy: approverId }).where('id', '=', approval.id).execute();
    const notify = new Set([approval.requestedBy, ...(await audienceOf(trx, { organizationId, approvalId: approval.id, levelRank: approval.levelRank, now: options.now }))]);
    notify.delete(approverId);
    await recordEvents(
      trx,
      [...notify].map((recipientId) => ({ organizationId, recipientId, type: 'approval.claimed' as const, data: { approvalId: approval.id, approverId, approverName: options.approverName } })),
    );
  });
}
