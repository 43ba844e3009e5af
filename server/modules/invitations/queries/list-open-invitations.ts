import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import { selectInvitations } from './select-invitations.ts';

/** Newest first, by when the invitation was first made (a resend keeps it) and its id. */
const keys = keyset('open-invitations', ['time', 'uuid']);

/** Invitations not yet accepted nor revoked (expired ones too: an admin resends those), one page. */
export async function listOpenInvitations(options: {
  db: Db;
  organizationId: string;
  cursor?: string | undefined;
  limit: number;
}) {
  const query = selectInvitations(options.db, options.organizationId)
    .select(exactTime('invitations.createdAt').as('keyTime'))
    .where('invitations.acceptedAt', 'is', null)
    .where('invitations.revokedAt', 'is', null);
  return newestFirstPage(
    query,
    { keys, time: 'invitations.createdAt', id: 'invitations.id' },
    options,
  );
}
