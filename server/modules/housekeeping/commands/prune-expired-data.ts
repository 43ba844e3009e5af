import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

export type PruneOptions = {
  db: Db;
  now: Date;
  /** Live events older than this many days are gone: a browser offline that long reloads anyway. */
  eventRetentionDays: number;
  /** Sign-in counters quiet for this long count nothing any more (they start over). */
  loginWindowMinutes: number;
  /** Rows per delete, so no statement holds locks for long on a big backlog. */
  batchSize?: number;
  onProgress?: (progress: { table: string; deleted: number }) => void;
};

/** `loginFailures`: sign-in counter rows (login_throttles) gone quiet; `passwordResets`: links past expiry. */
export type PruneResult = {
  events: number;
  sessions: number;
  loginFailures: number;
  passwordResets: number;
};

/**
 * Deletes what has served its purpose: live events past retention (the outbox is not the record;
 * the ledger is, and it is never pruned), expired sessions, sign-in counters quiet for the window and
 * password reset links past their expiry (used or not, they open nothing).
 * Every instance may run it at once: each batch takes rows no one else holds (SKIP LOCKED).
 */
export async function pruneExpiredData(options: PruneOptions): Promise<PruneResult> {
  const { db, now } = options;
  const batchSize = options.batchSize ?? 5_000;
  const eventsBefore = new Date(
    now.getTime() - options.eventRetentionDays * 86_400_000,
  ).toISOString();
  const failuresBefore = new Date(
    now.getTime() - options.loginWindowMinutes * 60_000,
  ).toISOString();

  const inBatches = async (table: string, deleteBatch: () => Promise<number>) => {
    let total = 0;
    for (;;) {
      const deleted = await deleteBatch();
      total += deleted;
      if (deleted > 0) options.onProgress?.({ table, deleted: total });
      if (deleted < batchSize) return total;
    }
  };
  const deleted = (result: { numAffectedRows?: bigint }) => Number(result.numAffectedRows ?? 0n);

  const events = await inBatches('events', async () =>
    deleted(
      await sql`delete from events where id in (select id from events where created_at < ${eventsBefore}::timestamptz order by id limit ${batchSize} for update skip locked)`.execute(
        db,
      ),
    ),
  );
  const sessions = await inBatches('sessions', async () =>
    deleted(
      await sql`delete from sessions where id in (select id from sessions where expires_at < ${now.toISOString()}::timestamptz limit ${batchSize} for update skip locked)`.execute(
        db,
      ),
    ),
  );
  // A counter quiet for the window starts over anyway (reserve_login_attempt), so deleting it changes no limit.
  const loginFailures = await inBatches('login_throttles', async () =>
    deleted(
      await sql`delete from login_throttles where (scope, key) in (select scope, key from login_throttles where last_attempt_at < ${failuresBefore}::timestamptz limit ${batchSize} for update skip locked)`.execute(
        db,
      ),
    ),
  );
  const passwordResets = await inBatches('password_resets', async () =>
    deleted(
      await sql`delete from password_resets where token_hash in (select token_hash from password_resets where expires_at < ${now.toISOString()}::timestamptz limit ${batchSize} for update skip locked)`.execute(
        db,
      ),
    ),
  );
  return { events, sessions, loginFailures, passwordResets };
}
