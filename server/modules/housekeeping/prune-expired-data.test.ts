import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../db/database.ts';
import { recordEvents } from '../../realtime/record-events.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestDatabase } from '../../testing/test-database.ts';
import { pruneExpiredData } from './commands/prune-expired-data.ts';

describe('pruning expired data', () => {
  let database: DatabaseHandle;
  let org: FixtureOrganization;
  const now = new Date('2026-11-20T15:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  beforeAll(async () => {
    database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'prune');
  });
  afterAll(() => database?.close());

  it('deletes events past retention, expired sessions and quiet sign-in counters, in batches, and nothing else', async () => {
    const { db } = database;
    const ids = await db.transaction().execute((trx) =>
      recordEvents(
        trx,
        Array.from({ length: 7 }, () => ({
          organizationId: org.id,
          recipientId: org.people.agent.id,
          type: 'resolution.granted' as const,
          data: { resolutionId: '00000000-0000-4000-8000-000000000000' },
        })),
      ),
    );
    // Five are eight days old, two are a day old (retention is seven days).
    const age = (eventIds: number[], at: Date) =>
      sql`update events set created_at = ${at.toISOString()}::timestamptz where id = any(${eventIds}::bigint[])`.execute(
        db,
      );
    await age(ids.slice(0, 5), daysAgo(8));
    await age(ids.slice(5), daysAgo(1));
    await db
      .insertInto('sessions')
      .values([
        {
          id: 'expired-session',
          personId: org.people.agent.id,
          organizationId: org.id,
          csrfToken: 'x',
          expiresAt: daysAgo(1),
        },
        {
          id: 'live-session',
          personId: org.people.agent.id,
          organizationId: org.id,
          csrfToken: 'y',
          expiresAt: new Date(now.getTime() + 3_600_000),
        },
      ])
      .execute();
    await db
      .insertInto('loginThrottles')
      .values([
        { scope: 'account', key: 'old@prune.test', attempts: 3, lastAttemptAt: daysAgo(1) },
        {
          scope: 'account',
          key: 'recent@prune.test',
          attempts: 3,
          lastAttemptAt: new Date(now.getTime() - 60_000),
        },
      ])
      .execute();

    await db
      .insertInto('passwordResets')
      .values(
        [
          { tokenHash: 'expired-reset', expiresAt: daysAgo(1) },
          { tokenHash: 'open-reset', expiresAt: new Date(now.getTime() + 600_000) },
        ].map((link) => ({
          ...link,
          organizationId: org.id,
          personId: org.people.agent.id,
          createdAt: daysAgo(2),
        })),
      )
      .execute();

    const progress: Array<{ table: string; deleted: number }> = [];
    const pruned = await pruneExpiredData({
      db,
      now,
      eventRetentionDays: 7,
      loginWindowMinutes: 15,
      batchSize: 2,
      onProgress: (p) => progress.push(p),
    });

    expect(pruned).toEqual({ events: 5, sessions: 1, loginFailures: 1, passwordResets: 1 });
    expect(progress.filter((p) => p.table === 'events').map((p) => p.deleted)).toEqual([2, 4, 5]);
    const left = await db
      .selectFrom('events')
      .select('id')
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    expect(left.map((e) => e.id)).toEqual(ids.slice(5));
    expect(
      (
        await db
          .selectFrom('sessions')
          .select('id')
          .where('personId', '=', org.people.agent.id)
          .execute()
      ).map((s) => s.id),
    ).toEqual(['live-session']);
    expect(
      (
        await db
          .selectFrom('loginThrottles')
          .select('key')
          .where('key', 'like', '%@prune.test')
          .execute()
      ).map((f) => f.key),
    ).toEqual(['recent@prune.test']);
    expect(
      (await db.selectFrom('passwordResets').select('tokenHash').execute()).map((r) => r.tokenHash),
    ).toEqual(['open-reset']);

    // A second run finds nothing more to do.
    expect(
      await pruneExpiredData({ db, now, eventRetentionDays: 7, loginWindowMinutes: 15 }),
    ).toEqual({ events: 0, sessions: 0, loginFailures: 0, passwordResets: 0 });
  });
});
