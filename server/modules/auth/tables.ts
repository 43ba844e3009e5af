import type { ColumnType, Generated } from 'kysely';

import type { CreatedAt, Timestamp } from '../../db/columns.ts';

export interface SessionsTable {
  /** sha256 of the cookie's token: a stolen database cannot be replayed as cookies. */
  id: string;
  personId: string;
  organizationId: string;
  csrfToken: string;
  createdAt: CreatedAt;
  expiresAt: Timestamp;
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

/** A link to choose a new password (migration 20261203110000): single use, expiring. */
export interface PasswordResetsTable {
  /** sha256 of the link's token. */
  tokenHash: string;
  organizationId: string;
  personId: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface AuthTables {
  sessions: SessionsTable;
  loginThrottles: LoginThrottlesTable;
  passwordResets: PasswordResetsTable;
}
