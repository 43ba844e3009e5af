import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { startServer, type RunningServer } from '../../boot.ts';
import { createFixtureOrganization, FIXTURE_PASSWORD, type FixtureOrganization } from '../../testing/fixtures.ts';
import { HttpSession } from '../../testing/http-client.ts';
import { createTestDatabase } from '../../testing/test-database.ts';

type Resolution = { id: string; status: string; grantedAmountMinor: number | null; amountMinor: number };

/**
 * Real concurrency over a real port: on PostgreSQL every request gets its own pooled connection and
 * transaction, so only the row locks stand between fifty requests and an overspent budget.
 */
describe('fifty simultaneous requests against one budget', () => {
  let server: RunningServer;
  let org: FixtureOrganization;
  beforeAll(async () => {
    const database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'race');
    server = await startServer({ config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', DATABASE_POOL_SIZE: '30' }), database, logger: false });
  });
  afterAll(() => server?.close());

  it("grant exactly what fits in the agent's $500 day and not a cent more", async () => {
    const agent = await HttpSession.signIn(server.url, org.people.agent.email, FIXTURE_PASSWORD);
    const contacts = await Promise.all(
      Array.from({ length: 5 }, async () => (await agent.json<{ contact: { id: string } }>('POST', '/api/contacts', { customerId: org.customerId, channel: 'call' })).body.contact.id),
    );
    // $30 each: sixteen fit ($480); the seventeenth would make $510.
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        agent.json<{ resolution: Resolution }>('POST', `/api/contacts/${contacts[i % contacts.length]}/resolutions`, { type: 'refund', amount: 30_00, currency: 'USD', reason: 'race', idempotencyKey: randomUUID() }),
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
    const contact = (await agent2.json<{ contact: { id: string } }>('POST', '/api/contacts', { customerId: org.customerId, channel: 'chat' })).body.contact.id;
    const key = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => agent2.json<{ resolution: Resolution }>('POST', `/api/contacts/${contact}/resolutions`, { type: 'refund', amount: 25_00, currency: 'USD', reason: 'storm', idempotencyKey: key })),
    );
    expect(new Set(responses.map((r) => r.status))).toEqual(new Set([201]));
    expect(new Set(responses.map((r) => r.body.resolution.id)).size).toBe(1);
  });
});
