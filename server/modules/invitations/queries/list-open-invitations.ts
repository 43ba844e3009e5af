import type { Db } from '../../../db/database.ts';
import { selectInvitations, type InvitationRow } from './select-invitations.ts';

/** Invitations not yet accepted nor revoked (expired ones too: an admin resends those), newest first. */
export function listOpenInvitations(options: {
  db: Db;
  organizationId: string;
}): Promise<InvitationRow[]> {
  return selectInvitations(options.db, options.organizationId)
    .where('invitations.acceptedAt', 'is', null)
    .where('invitations.revokedAt', 'is', null)
    .orderBy('invitations.createdAt', 'desc')
    .orderBy('invitations.id', 'desc')
    .limit(500)
    .execute();
}
