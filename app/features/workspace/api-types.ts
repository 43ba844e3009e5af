// Shapes the workspace reads and writes; they mirror server/modules/{contacts,customers,authority,resolutions}/schemas.ts.
import type { AppliedLimit, Decision } from '../../../domain/authority/decide.ts';
import type { PastResolution, Ref, ResolutionStatus } from '../../api/types.ts';
import type { Money } from '../../lib/format-money.ts';

export type Channel = 'call' | 'chat' | 'email' | 'in_person';

export const channelLabels: Record<Channel, string> = {
  call: 'Call',
  chat: 'Chat',
  email: 'Email',
  in_person: 'In person',
};

export type Contact = {
  id: string;
  customerId: string | null;
  customerName: string | null;
  openedBy: Ref;
  channel: Channel;
  reason: string;
  status: 'open' | 'closed';
  phone: string | null;
  notes: string;
  openedAt: string;
  closedAt: string | null;
};

export type CustomerSummary = {
  id: string;
  externalRef: string;
  name: string;
  email: string | null;
  phone: string | null;
  segment: string;
  lifetimeValue: Money;
  flags: string[];
};

export type Order = {
  id: string;
  number: string;
  placedAt: string;
  status: string;
  total: Money;
  items: Array<{ sku: string; name: string; quantity: number; unitPriceMinor: number }>;
};

export type PastContact = {
  id: string;
  channel: string;
  reason: string;
  status: string;
  openedBy: Ref;
  openedAt: string;
};

export type { PastResolution, ResolutionStatus } from '../../api/types.ts';

export type CustomerProfile = CustomerSummary & {
  orders: Order[];
  linkedPersonId: string | null;
  contacts: PastContact[];
  resolutions: PastResolution[];
};

export type Receipt = {
  policyVersion: number;
  limitMinor: number;
  limitKind: string;
  level: string;
  text: string;
  ledgerSeq: number | null;
  ledgerHash: string | null;
};

export type ApprovalSummary = {
  id: string;
  status: 'pending' | 'approved' | 'reduced' | 'denied' | 'cancelled';
  level: { key: string; name: string; rank: number };
  escalations: number;
  createdAt: string;
  escalatesAt: string | null;
  claimedBy: Ref | null;
  decidedBy: Ref | null;
  decidedAmountMinor: number | null;
  note: string;
};

export type Resolution = {
  id: string;
  contactId: string;
  customerId: string;
  requestedBy: Ref;
  type: string;
  amountMinor: number;
  currency: string;
  reason: string;
  status: ResolutionStatus;
  grantedAmountMinor: number | null;
  withinAuthority: boolean;
  decision: Decision;
  receipt?: Receipt;
  approval?: ApprovalSummary;
  /** Only on the answer to the request itself: said kindly when the rep asked for approval they did not need. */
  notice?: string;
  createdAt: string;
  decidedAt: string | null;
};

export type ContactWithResolutions = { contact: Contact; resolutions: Resolution[] };

export type Allowance = {
  type: string;
  label: string;
  guidelines: string;
  reasonRequired: boolean;
  fixedAmountMinor: number | null;
  maxWithinAuthorityMinor: number;
  limits: AppliedLimit[];
  blockedBy: string[];
};

export type TypeUsage = {
  personDayMinor: number;
  personMonthMinor: number;
  customerWindowMinor: number;
};

export type MyAuthority = {
  policyVersion: number;
  level: { key: string; name: string; rank: number } | null;
  usage: { contactTotalMinor: number; byType: Record<string, TypeUsage> };
  allowances: Allowance[];
};

export type StoredPolicy = {
  version: number;
  status: 'draft' | 'published';
  note: string;
  publishedAt: string | null;
  updatedAt: string;
  document: unknown;
};
