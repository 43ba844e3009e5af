import type { ColumnType, Generated } from 'kysely';

import type { CreatedAt, DatabaseKept, Json, Timestamp } from '../../db/columns.ts';

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

/*
 * Usage: running totals of grants, kept by the database from resolutions (statement triggers of the
 * usage-bookkeeping migration, 20261201090000), so the app only reads them.
 */

/** A person's own within-authority grants per type and local day. */
export interface PersonDailyUsageTable {
  organizationId: string;
  personId: string;
  type: string;
  /** The organization's local date of the grants. */
  day: DatabaseKept<Date>;
  grantedMinor: DatabaseKept<number>;
}

/** A customer's grants per type and UTC day. */
export interface CustomerDailyUsageTable {
  organizationId: string;
  customerId: string;
  type: string;
  day: DatabaseKept<Date>;
  grantedMinor: DatabaseKept<number>;
}

/** Everything granted on a contact. */
export interface ContactUsageTable {
  contactId: string;
  organizationId: string;
  grantedMinor: DatabaseKept<number>;
}

export interface ResolutionTables {
  resolutions: ResolutionsTable;
  personDailyUsage: PersonDailyUsageTable;
  customerDailyUsage: CustomerDailyUsageTable;
  contactUsage: ContactUsageTable;
}
