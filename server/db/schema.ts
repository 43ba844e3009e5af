import type { ApprovalTables } from '../modules/approvals/tables.ts';
import type { AuthTables } from '../modules/auth/tables.ts';
import type { AuthorityTables } from '../modules/authority/tables.ts';
import type { AvailabilityTables } from '../modules/availability/tables.ts';
import type { ContactTables } from '../modules/contacts/tables.ts';
import type { CustomerTables } from '../modules/customers/tables.ts';
import type { EventTables } from '../modules/events/tables.ts';
import type { LedgerTables } from '../modules/ledger/tables.ts';
import type { OrganizationTables } from '../modules/organization/tables.ts';
import type { PeopleTables } from '../modules/people/tables.ts';
import type { ResolutionTables } from '../modules/resolutions/tables.ts';
import type { TokenTables } from '../modules/tokens/tables.ts';

/**
 * The database as Kysely sees it, composed from the tables each module declares in its
 * `tables.ts` (one line per module; `server/db/tables.test.ts` checks it against the migrations).
 */
export interface Database
  extends
    OrganizationTables,
    PeopleTables,
    AuthTables,
    TokenTables,
    CustomerTables,
    AuthorityTables,
    EventTables,
    AvailabilityTables,
    ContactTables,
    ResolutionTables,
    ApprovalTables,
    LedgerTables {}

// The shapes other code imports from here, wherever their module keeps them.
export type { CreatedAt, Json, Timestamp } from './columns.ts';
export type { ApprovalStatus } from '../modules/approvals/tables.ts';
export type { PolicyStatus } from '../modules/authority/tables.ts';
export type { ContactChannel } from '../modules/contacts/tables.ts';
export type { Customer, Order, OrderItem } from '../modules/customers/tables.ts';
export type { Organization } from '../modules/organization/tables.ts';
export type {
  AuthorityLevel,
  NewPerson,
  Person,
  PersonUpdate,
  Role,
  Team,
} from '../modules/people/tables.ts';
export { roles } from '../modules/people/tables.ts';
export type { ResolutionStatus } from '../modules/resolutions/tables.ts';
