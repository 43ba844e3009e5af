import type { ServerModules } from '../modules/index.ts';
import type { Composed } from '../modules/server-module.ts';

/**
 * The database as Kysely sees it, composed from the tables each registered module declares in its
 * `tables.ts` (`server/db/tables.test.ts` checks the result against the migrations).
 */
// An interface, not an alias, so the compiler's messages name it `Database`.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database extends Composed<ServerModules, 'tables'> {}

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
