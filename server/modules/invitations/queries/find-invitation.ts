import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { selectInvitations, type InvitationRow } from './select-invitations.ts';

/** One invitation of the caller's organization; another organization's id is simply not found. */
export async function findInvitation(options: {
  db: Db;
  organizationId: string;
  invitationId: string;
}): Promise<InvitationRow> {
  const row = await selectInvitations(options.db, options.organizationId)
    .where('invitations.id', '=', options.invitationId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Invitation');
  return row;
}
