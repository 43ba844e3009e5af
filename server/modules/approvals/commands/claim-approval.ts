import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { approvalPolicy } from '../../../policies/approval.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadCustomerForAuthority } from '../../authority/queries/load-customer-for-authority.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-person-for-authority.ts';
import { loadApprovalForUpdate } from '../queries/load-approval-for-update.ts';
import { whoHearsOf } from '../queries/who-hears-of.ts';

/** An approver picks a request up: the rep sees who is looking at it, and the others can let it go. */
export async function claimApproval(options: {
  db: Db;
  organizationId: string;
  approverId: string;
  approvalId: string;
  now: Date;
}): Promise<void> {
  const { organizationId, approverId } = options;
  await options.db.transaction().execute(async (trx) => {
    const approval = await loadApprovalForUpdate(trx, organizationId, options.approvalId);
    if (approval.status !== 'pending')
      throw new AppError('conflict', `This request was already ${approval.status}`);
    const [approver, cp, customer] = await Promise.all([
      loadPersonForAuthority(trx, organizationId, approverId),
      loadCompiledPolicy({ db: trx, organizationId }),
      loadCustomerForAuthority(trx, organizationId, approval.customerId),
    ]);
    authorizeRecord(
      approvalPolicy(approver, { ...approval, customerLinkedPersonId: customer.linkedPersonId }, cp)
        .claim,
    );
    if (approval.claimedBy === approverId) return;
    if (approval.claimedBy)
      throw new AppError('conflict', 'Someone else has already picked this request up');
    await trx
      .updateTable('approvals')
      .set({ claimedBy: approverId })
      .where('id', '=', approval.id)
      .execute();
    const notify = await whoHearsOf(trx, {
      organizationId,
      approval,
      actorId: approverId,
      now: options.now,
    });
    await recordEvents(
      trx,
      notify.map((recipientId) => ({
        organizationId,
        recipientId,
        type: 'approval.claimed' as const,
        data: { approvalId: approval.id, approverId, approverName: approver.name },
      })),
    );
  });
}
