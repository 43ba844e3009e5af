import type { ColumnType, Generated, Selectable } from 'kysely';

import type { CreatedAt, Timestamp } from '../../db/columns.ts';

type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** A person's invitation to set a password (migration 20261203110000); one per person. */
export interface InvitationsTable {
  id: Generated<string>;
  organizationId: string;
  personId: string;
  /** sha256 of the link's token; a resend replaces it, so the older link stops working. */
  tokenHash: string;
  invitedBy: string | null;
  createdAt: CreatedAt;
  sentAt: Timestamp;
  expiresAt: Timestamp;
  acceptedAt: Moment;
  revokedAt: Moment;
}

export interface InvitationTables {
  invitations: InvitationsTable;
}

export type Invitation = Selectable<InvitationsTable>;
