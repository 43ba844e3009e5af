import type { Generated } from 'kysely';

import type { CreatedAt, Timestamp } from '../../db/columns.ts';

export type ApprovalStatus = 'pending' | 'approved' | 'reduced' | 'denied' | 'cancelled';

export interface ApprovalsTable {
  id: Generated<string>;
  organizationId: string;
  resolutionId: string;
  requestedBy: string;
  levelKey: string;
  levelRank: number;
  status: ApprovalStatus;
  claimedBy: string | null;
  decidedBy: string | null;
  decidedAmountMinor: number | null;
  note: Generated<string>;
  escalations: Generated<number>;
  createdAt: CreatedAt;
  escalatesAt: Timestamp | null;
  decidedAt: Timestamp | null;
}

export interface ApprovalRecipientsTable {
  approvalId: string;
  personId: string;
  route: 'chain' | 'available' | 'delegate';
  levelRank: number;
  notifiedAt: CreatedAt;
}

export interface ApprovalTables {
  approvals: ApprovalsTable;
  approvalRecipients: ApprovalRecipientsTable;
}
