import type { Generated } from 'kysely';

import type { CreatedAt, Json, Timestamp, UpdatedAt } from '../../db/columns.ts';

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
  updatedAt: UpdatedAt;
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

export interface AuthorityTables {
  authorityPolicies: AuthorityPoliciesTable;
}
