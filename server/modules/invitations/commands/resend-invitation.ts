import type { Db } from '../../../db/database.ts';
import { hashSecret, newSecret } from '../../auth/secret-token.ts';
import { refuseSettled } from '../refuse-settled.ts';

/**
 * A fresh link for an invitation not yet accepted (pending, expired or revoked): the token is
 * replaced, so any earlier link stops working, and the clock starts again.
 */
export async function resendInvitation(options: {
  db: Db;
  organizationId: string;
  invitationId: string;
  now: Date;
  ttlHours: number;
}): Promise<{ token: string }> {
  const { db, now } = options;
  const token = newSecret();
  const renewed = await db
    .updateTable('invitations')
    .set({
      tokenHash: hashSecret(token),
      sentAt: now,
      expiresAt: new Date(now.getTime() + options.ttlHours * 3_600_000),
      revokedAt: null,
    })
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.invitationId)
    .where('acceptedAt', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!renewed) await refuseSettled(db, options.organizationId, options.invitationId);
  return { token };
}
