import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

export type SignInLimits = {
  /** Attempts a (address, account) pair makes at once before backing off. */
  pairFree: number;
  /** Counted attempts per address across accounts before the address is refused. */
  perAddress: number;
  /** Counted attempts per account from all addresses before every pair gets one free attempt only. */
  perAccount: number;
  /** Quiet time after which counters start over; also the longest backoff. */
  windowMinutes: number;
};

export type Reservation =
  { allowed: true } | { allowed: false; refusedBy: 'pair' | 'address'; retryAfterSeconds: number };

/**
 * Takes one attempt for this address and account before the password is hashed, or says why not.
 * One database call that locks its rows, so concurrent attempts on every instance are counted one
 * by one (migration 20261202100000 has the rules).
 */
export async function reserveSignInAttempt(options: {
  db: Db;
  address: string;
  email: string;
  now: Date;
  limits: SignInLimits;
}): Promise<Reservation> {
  const { db, address, email, now, limits } = options;
  const { rows } = await sql<{
    allowed: boolean;
    refusedBy: 'pair' | 'address' | null;
    retryAfterSeconds: number | null;
  }>`
    select allowed, refused_by, retry_after_seconds from reserve_login_attempt(
      ${address}, ${email}, ${now.toISOString()}::timestamptz, ${limits.windowMinutes * 60}::integer,
      ${limits.pairFree}::integer, ${limits.perAddress}::integer, ${limits.perAccount}::integer)`.execute(
    db,
  );
  const row = rows[0]!;
  if (row.allowed) return { allowed: true };
  return {
    allowed: false,
    refusedBy: row.refusedBy ?? 'pair',
    retryAfterSeconds: row.retryAfterSeconds ?? 1,
  };
}
