import type { Generated } from 'kysely';

import type { CreatedAt, Timestamp } from '../../db/columns.ts';

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

export interface TokenTables {
  apiTokens: ApiTokensTable;
}
