import type { Generated } from 'kysely';

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

export interface AuthTables {
  sessions: SessionsTable;
  loginThrottles: LoginThrottlesTable;
}
