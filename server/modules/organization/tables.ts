import type { Generated, Selectable } from 'kysely';

import type { CreatedAt } from '../../db/columns.ts';

export interface OrganizationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  vision: string;
  /** Seconds an approval waits before it escalates to the next level. */
  approvalTimeoutSeconds: Generated<number>;
  /** Days a certificate still counts as held after it expires (0–365). */
  certificationGraceDays: Generated<number>;
  createdAt: CreatedAt;
}

export interface OrganizationTables {
  organizations: OrganizationsTable;
}

export type Organization = Selectable<OrganizationsTable>;
