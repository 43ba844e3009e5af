import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
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
  const after = keys.decode(options.cursor);
  let query = selectInvitations(options.db, options.organizationId)
    .select(exactTime('invitations.createdAt').as('keyTime'))
    .where('invitations.acceptedAt', 'is', null)
    .where('invitations.revokedAt', 'is', null);
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'invitations.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'invitations.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('invitations.createdAt', 'desc')
    .orderBy('invitations.id', 'desc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
