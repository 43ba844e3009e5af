import type { Money } from '../../../domain/money.ts';
import type { PastResolution, Ref } from '../../api/types.ts';

// Shapes of the approvals API (server/modules/approvals/schemas.ts, availability/routes.ts, customers/schemas.ts).

export type ApprovalStatus = 'pending' | 'approved' | 'reduced' | 'denied' | 'cancelled';
export type LevelRef = { key: string; name: string; rank: number };

export type ApprovalItem = {
  id: string;
  status: ApprovalStatus;
  /** The level that must decide; it rises when nobody answers in time. */
  level: LevelRef;
  escalations: number;
  createdAt: string;
  escalatesAt: string | null;
  decidedAt: string | null;
  decidedAmountMinor: number | null;
  note: string;
  routedToMe: boolean;
  claimedBy: Ref | null;
  requester: Ref;
  resolution: {
    id: string;
    contactId: string;
    type: string;
    amountMinor: number;
    currency: string;
    reason: string;
    /** The policy's plain-language reasons why this needs approval. */
    reasons: string[];
  };
  customer: { id: string; name: string; segment: string; lifetimeValue: Money; flags: string[] };
};

export type Availability = {
  available: boolean;
  awayUntil: string | null;
  delegate: Ref | null;
  connected: boolean;
};

export type { PastResolution } from '../../api/types.ts';

export type CustomerHistory = {
  id: string;
  name: string;
  segment: string;
  lifetimeValue: Money;
  flags: string[];
  orders: { id: string }[];
  contacts: { id: string; openedAt: string }[];
  resolutions: PastResolution[];
};
