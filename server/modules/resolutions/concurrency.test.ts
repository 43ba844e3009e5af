import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, type RunningServer } from '../../boot.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { HttpSession } from '../../testing/http-client.ts';
import {
  createPostgresDatabase,
  createTestDatabase,
  testDialect,
} from '../../testing/test-database.ts';

type Resolution = {
  id: string;
  status: string;
  grantedAmountMinor: number | null;
  amountMinor: number;
};

/**
 * Real concurrency over a real port: the requests that arrive together are decided in batches, each
 * read unlocked and written only if nothing it read has changed; only that check and the row locks
 * it takes stand between fifty requests and an overspent budget.
 */
describe('fifty simultaneous requests against one budget', () => {
  let server: RunningServer;
  let org: FixtureOrganization;
  beforeAll(async () => {
    const database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'race');
    server = await startServer({
      config: loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_POOL_SIZE: '30',
      }),
      database,
      logger: false,
    });
  });
  afterAll(() => server?.close());

  it("grant exactly what fits in the agent's $500 day and not a cent more", async () => {
    const agent = await HttpSession.signIn(server.url, org.people.agent.email, FIXTURE_PASSWORD);
    const contacts = await Promise.all(
      Array.from(
        { length: 5 },
        async () =>
          (
            await agent.json<{ contact: { id: string } }>('POST', '/api/contacts', {
              customerId: org.customerId,
              channel: 'call',
            })
          ).body.contact.id,
      ),
    );
    // $30 each: sixteen fit ($480); the seventeenth would make $510.
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        agent.json<{ resolution: Resolution }>(
          'POST',
          `/api/contacts/${contacts[i % contacts.length]}/resolutions`,
          {
            type: 'refund',
            amount: 30_00,
            currency: 'USD',
            reason: 'race',
            idempotencyKey: randomUUID(),
          },
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
    const resolutions = responses.map((r) => r.body.resolution);
    const granted = resolutions.filter((r) => r.status === 'granted');
    expect(granted).toHaveLength(16);
    expect(granted.reduce((sum, r) => sum + r.grantedAmountMinor!, 0)).toBe(480_00);
    expect(resolutions.filter((r) => r.status === 'pending_approval')).toHaveLength(34);
  });

  it('grant one resolution for a retry storm on one idempotency key', async () => {
    const agent2 = await HttpSession.signIn(server.url, org.people.agent2.email, FIXTURE_PASSWORD);
    const contact = (
      await agent2.json<{ contact: { id: string } }>('POST', '/api/contacts', {
        customerId: org.customerId,
        channel: 'chat',
      })
    ).body.contact.id;
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        agent2.json<{ resolution: Resolution }>('POST', `/api/contacts/${contact}/resolutions`, {
          type: 'refund',
          amount: 25_00,
          currency: 'USD',
          reason: 'storm',
          idempotencyKey: key,
        }),
      ),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.body.resolution.id)).size).toBe(1);
  });
});

/**
 * Two instances behind a load balancer batch independently, so their batches for the same rep race on
 * the database: one of two writes finds the rep's usage changed since its read and decides again.
 */
describe.runIf(testDialect() === 'postgres')(
  'fifty requests against one budget, split across two instances',
  () => {
    const servers: RunningServer[] = [];
    let shared: Awaited<ReturnType<typeof createPostgresDatabase>>;
    let org: FixtureOrganization;
    beforeAll(async () => {
      shared = await createPostgresDatabase();
      org = await createFixtureOrganization(shared.db, 'race-two');
      const config = loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_URL: shared.url,
      });
      for (let i = 0; i < 2; i++)
        servers.push(
          await startServer({
            config,
            database: await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 10 }),
            logger: false,
          }),
        );
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await shared?.close();
    });

    it("grant exactly what fits in the agent's $500 day, whichever instance each request reaches", async () => {
      const onA = await HttpSession.signIn(
        servers[0]!.url,
        org.people.agent.email,
        FIXTURE_PASSWORD,
      );
      const onB = onA.onServer(servers[1]!.url);
      const contacts = await Promise.all(
        Array.from(
          { length: 6 },
          async () =>
            (
              await onA.json<{ contact: { id: string } }>('POST', '/api/contacts', {
                customerId: org.customerId,
                channel: 'call',
              })
            ).body.contact.id,
        ),
      );
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? onA : onB).json<{ resolution: Resolution }>(
            'POST',
            `/api/contacts/${contacts[i % contacts.length]}/resolutions`,
            {
              type: 'refund',
              amount: 30_00,
              currency: 'USD',
              reason: 'race',
              idempotencyKey: randomUUID(),
            },
          ),
        ),
      );
      expect(responses.map((r) => r.status)).toEqual(Array(50).fill(201));
      const granted = responses.map((r) => r.body.resolution).filter((r) => r.status === 'granted');
      expect(granted).toHaveLength(16);
      expect(granted.reduce((sum, r) => sum + r.grantedAmountMinor!, 0)).toBe(480_00);
      const stored = await shared.db
        .selectFrom('resolutions')
        .select(['status'])
        .where('requestedBy', '=', org.people.agent.id)
        .execute();
      expect(stored.filter((r) => r.status === 'granted')).toHaveLength(16);
      expect(stored).toHaveLength(50);
    });
  },
);
