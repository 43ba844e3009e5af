import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table shapes as Kysely sees them (camelCase; the database is snake_case). */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export type Role = 'agent' | 'approver' | 'team_leader' | 'trainer' | 'admin';
export const roles: readonly Role[] = ['agent', 'approver', 'team_leader', 'trainer', 'admin'];

export interface OrganizationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  vision: string;
  /** Seconds an approval waits before it escalates to the next level. */
  approvalTimeoutSeconds: Generated<number>;
  createdAt: CreatedAt;
}

export interface AuthorityLevelsTable {
  id: Generated<string>;
  organizationId: string;
  key: string;
  name: string;
  /** Higher rank, more authority. */
  rank: number;
}

export interface TeamsTable {
  id: Generated<string>;
  organizationId: string;
  name: string;
  leadId: string | null;
}

export interface PeopleTable {
  id: Generated<string>;
  organizationId: string;
  teamId: string | null;
  managerId: string | null;
  levelId: string | null;
  email: string;
  name: string;
  role: Role;
  /** Telephony extension, so a call event naming it reaches this person's screen. */
  extension: string | null;
  passwordHash: string | null;
  active: Generated<boolean>;
  /** Certifications held (issued by the training module later); the authority engine reads them. */
  certifications: ColumnType<string[], string | undefined, string>;
  /** Bumped by the database whenever a write may change this person's usage (see the usage-bookkeeping migration). */
  usageVersion: ColumnType<number, never, never>;
  createdAt: CreatedAt;
}

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen database cannot be replayed as cookies. */
  id: string;
  personId: string;
  organizationId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organizationId: string;
  /** The person the token acts as; null for an organization-wide integration token. */
  personId: string | null;
  name: string;
  tokenHash: string;
  /** First characters of the token, shown in lists so a person can tell tokens apart. */
  prefix: string;
  createdAt: CreatedAt;
  lastUsedAt: Timestamp | null;
  revokedAt: Timestamp | null;
  /** Who created it: the person it acts as, an admin for an integration token; null from the CLI. */
  createdBy: string | null;
}

/** Sign-in attempts reserved per (address, account) pair, address and account (migration 20261202100000). */
export interface LoginThrottlesTable {
  scope: 'pair' | 'address' | 'account';
  /** `address|email` for a pair, the address, or the lowercased email. */
  key: string;
  attempts: Generated<number>;
  lastAttemptAt: Timestamp;
  lockedUntil: Timestamp | null;
}

export interface CustomersTable {
  id: Generated<string>;
  organizationId: string;
  externalRef: string;
  name: string;
  email: string | null;
  phone: string | null;
  segment: string;
  lifetimeValueMinor: ColumnType<number, number | bigint, number | bigint>;
  currency: string;
  flags: Json<string[]>;
  /** A person of the organization related to this customer (a resolution for them is never self-approved). */
  linkedPersonId: string | null;
  /** Bumped by the database whenever a write may change this customer's usage. */
  usageVersion: ColumnType<number, never, never>;
  /** Set when an admin merged this duplicate into another customer: a tombstone, found no more. */
  mergedIntoId: Generated<string | null>;
  /** A number or address this customer no longer holds: invalid, another (older) customer's, or handed over in a merge. */
  displacedPhone: Generated<string | null>;
  displacedEmail: Generated<string | null>;
  createdAt: CreatedAt;
}

export interface OrderItem {
  sku: string;
  name: string;
  quantity: number;
  unitPriceMinor: number;
}

export interface OrdersTable {
  id: Generated<string>;
  organizationId: string;
  customerId: string;
  number: string;
  placedAt: Timestamp;
  status: string;
  totalMinor: ColumnType<number, number | bigint, number | bigint>;
  currency: string;
  items: Json<OrderItem[]>;
}

export type PolicyStatus = 'draft' | 'published';

export interface AuthorityPoliciesTable {
  id: Generated<string>;
  organizationId: string;
  version: number;
  status: PolicyStatus;
  /** The policy document (domain/authority/policy.ts), without its version. */
  document: Json<unknown>;
  note: Generated<string>;
  createdBy: string | null;
  createdAt: CreatedAt;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
  publishedBy: string | null;
  publishedAt: Timestamp | null;
  /** A draft that raises its publisher's own authority waits here for a second admin. */
  publishRequestedBy: string | null;
  publishRequestedAt: Timestamp | null;
  publishRequestNote: string | null;
  /** The second admin who agreed to a publication that raised the publisher's authority. */
  approvedBy: string | null;
  /** Published by someone whose own authority it raised, with no second admin to agree. */
  selfAffecting: Generated<boolean>;
}

export interface EventsTable {
  id: Generated<number>;
  organizationId: string;
  recipientId: string;
  type: string;
  data: Json<Record<string, unknown>>;
  createdAt: CreatedAt;
}

export interface PersonPresenceTable {
  personId: string;
  organizationId: string;
  connectedUntil: Timestamp | null;
  available: Generated<boolean>;
  awayUntil: Timestamp | null;
  delegateId: string | null;
  updatedAt: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type ContactChannel = 'call' | 'chat' | 'email' | 'in_person';

export interface ContactsTable {
  id: Generated<string>;
  organizationId: string;
  customerId: string | null;
  openedBy: string;
  channel: ContactChannel;
  reason: Generated<string>;
  status: Generated<'open' | 'closed'>;
  phone: string | null;
  externalCallId: string | null;
  notes: Generated<string>;
  openedAt: CreatedAt;
  closedAt: Timestamp | null;
}

export type ResolutionStatus = 'granted' | 'pending_approval' | 'denied' | 'cancelled';

export interface ResolutionsTable {
  id: Generated<string>;
  organizationId: string;
  contactId: string;
  customerId: string;
  requestedBy: string;
  type: string;
  amountMinor: ColumnType<number, number, number>;
  currency: string;
  reason: Generated<string>;
  idempotencyKey: string;
  status: ResolutionStatus;
  grantedAmountMinor: number | null;
  withinAuthority: boolean;
  policyVersion: number;
  decision: Json<unknown>;
  decidedBy: string | null;
  createdAt: CreatedAt;
  decidedAt: Timestamp | null;
  /** The order the resolution is about: an answer re-decides with the same request, order age included. */
  orderId: Generated<string | null>;
}

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

export interface LedgerEntriesTable {
  id: Generated<number>;
  organizationId: string;
  seq: number;
  at: Date;
  kind: string;
  actorId: string | null;
  resolutionId: string | null;
  approvalId: string | null;
  data: Json<Record<string, unknown>>;
  prevHash: string;
  hash: string;
}

export interface LedgerHeadsTable {
  organizationId: string;
  seq: number;
  hash: string;
}

/** A signed checkpoint handed out (GET /api/ledger/checkpoint, `leeway ledger checkpoint`); append-only. */
export interface LedgerCheckpointsTable {
  id: Generated<number>;
  organizationId: string;
  treeSize: number;
  rootHash: string;
  issuedAt: Date;
  keyId: string;
  signature: string;
  issuedBy: string | null;
}

/** A person's own within-authority grants per type and local day, kept by the database from resolutions. */
export interface PersonDailyUsageTable {
  organizationId: string;
  personId: string;
  type: string;
  /** The organization's local date of the grants. */
  day: ColumnType<Date, never, never>;
  grantedMinor: ColumnType<number, never, never>;
}

export interface Database {
  organizations: OrganizationsTable;
  authorityLevels: AuthorityLevelsTable;
  teams: TeamsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginThrottles: LoginThrottlesTable;
  customers: CustomersTable;
  orders: OrdersTable;
  authorityPolicies: AuthorityPoliciesTable;
  events: EventsTable;
  personPresence: PersonPresenceTable;
  contacts: ContactsTable;
  resolutions: ResolutionsTable;
  personDailyUsage: PersonDailyUsageTable;
  approvals: ApprovalsTable;
  approvalRecipients: ApprovalRecipientsTable;
  ledgerEntries: LedgerEntriesTable;
  ledgerHeads: LedgerHeadsTable;
  ledgerCheckpoints: LedgerCheckpointsTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type Customer = Selectable<CustomersTable>;
export type Order = Selectable<OrdersTable>;
export type AuthorityLevel = Selectable<AuthorityLevelsTable>;
export type Team = Selectable<TeamsTable>;
