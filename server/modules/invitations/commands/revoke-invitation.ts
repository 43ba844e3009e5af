import type { Db } from '../../../db/database.ts';
import { refuseSettled } from '../refuse-settled.ts';

/** Ends an invitation's link; the person stays, inactive, and a resend can invite them again. */
export async function revokeInvitation(options: {
  db: Db;
  organizationId: string;
  invitationId: string;
  now: Date;
}): Promise<void> {
  const revoked = await options.db
    .updateTable('invitations')
    .set((eb) => ({ revokedAt: eb.fn.coalesce('revokedAt', eb.val(options.now)) }))
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.invitationId)
    .where('acceptedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!revoked) await refuseSettled(options.db, options.organizationId, options.invitationId);
}
