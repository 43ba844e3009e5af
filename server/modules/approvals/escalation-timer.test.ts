import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, type RunningServer } from '../../boot.ts';
import { loadConfig } from '../../config.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { HttpSession } from '../../testing/http-client.ts';
import { createTestDatabase } from '../../testing/test-database.ts';

describe('a running server', () => {
  let server: RunningServer;
  let org: FixtureOrganization;
  let clock = Date.parse('2026-11-20T15:00:00Z');
  beforeAll(async () => {
    const database = await createTestDatabase();
    org = await createFixtureOrganization(database.db, 'timer');
    server = await startServer({
      config: loadConfig({ PORT: '0', LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent' }),
      database,
      logger: false,
      now: () => new Date(clock),
    });
  });
  afterAll(() => server?.close());

  it('escalates an unanswered approval by itself once the time-out has passed', async () => {
    const agent = await HttpSession.signIn(server.url, org.people.agent.email, FIXTURE_PASSWORD);
    const contact = (
      await agent.json<{ contact: { id: string } }>('POST', '/api/contacts', {
        customerId: org.customerId,
        channel: 'call',
      })
    ).body.contact.id;
    const { body } = await agent.json<{
      resolution: { id: string; approval: { level: { key: string } } };
    }>('POST', `/api/contacts/${contact}/resolutions`, {
      type: 'refund',
      amount: 200_00,
      currency: 'USD',
      reason: 'x',
      idempotencyKey: randomUUID(),
    });
    expect(body.resolution.approval.level.key).toBe('senior_agent');
    clock += 91_000;
    await expect
      .poll(
        async () =>
          (
            await agent.json<{ resolution: { approval: { level: { key: string } } } }>(
              'GET',
              `/api/resolutions/${body.resolution.id}`,
            )
          ).body.resolution.approval.level.key,
        { timeout: 5_000, interval: 200 },
      )
      .toBe('supervisor');
  });
});
