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
}

export interface LoginFailuresTable {
  id: Generated<string>;
  email: string;
  at: CreatedAt;
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

export interface Database {
  organizations: OrganizationsTable;
  authorityLevels: AuthorityLevelsTable;
  teams: TeamsTable;
  people: PeopleTable;
  sessions: SessionsTable;
  apiTokens: ApiTokensTable;
  loginFailures: LoginFailuresTable;
  customers: CustomersTable;
  orders: OrdersTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type Customer = Selectable<CustomersTable>;
export type Order = Selectable<OrdersTable>;
export type AuthorityLevel = Selectable<AuthorityLevelsTable>;
export type Team = Selectable<TeamsTable>;
