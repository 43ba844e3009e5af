import type { z } from 'zod';

import type { invitationSchema } from '../../../contract/invitations.ts';
import type { InvitationRow } from './queries/select-invitations.ts';

type Presented = z.infer<typeof invitationSchema>;

function statusOf(row: InvitationRow, now: Date): Presented['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

export function presentInvitation(row: InvitationRow, now: Date): Presented {
  return {
    id: row.id,
    person: {
      id: row.personId,
      name: row.personName,
      email: row.personEmail,
      role: row.personRole,
      level:
        row.levelId && row.levelKey && row.levelName && row.levelRank !== null
          ? { id: row.levelId, key: row.levelKey, name: row.levelName, rank: row.levelRank }
          : null,
    },
    invitedBy:
      row.inviterId && row.inviterName ? { id: row.inviterId, name: row.inviterName } : null,
    status: statusOf(row, now),
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}
