import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, type RunningServer } from '../../boot.ts';
import { ConfigError, loadConfig } from '../../config.ts';
import { openDatabase, type Db } from '../../db/database.ts';
import type { NewEvent } from '../../realtime/event-types.ts';
import { recordEvents } from '../../realtime/record-events.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createPostgresDatabase, testDialect } from '../../testing/test-database.ts';
import { SseTestClient } from './sse-test-client.ts';

/**
 * Finding 6 of issue 10: an open /api/events stream kept delivering customer phone numbers and
 * approval outcomes after logout, token revocation and deactivation. Each test opens a stream, proves
 * it delivers, takes the credentials away through the API, records an event for the same person at
 * once, and expects the stream to end without that event.
 */

/** How long a stream may outlive its credentials; far below the periodic re-check in the first suite. */
const END_WITHIN_MS = 10_000;

/**
 * The status of a reconnect, on a connection of its own: the server closes an ended stream's socket,
 * and fetch's pool could hand that very socket to the next request while it closes ("other side
 * closed"), which says nothing about the answer a browser reconnecting would get.
 */
function reconnectStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { agent: false, headers: { accept: 'text/event-stream', ...headers } },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function cookieHeaderOf(client: TestClient): string {
  return Object.entries(client.sessionCookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

const phonePopped = (org: FixtureOrganization, personId: string): NewEvent => ({
  organizationId: org.id,
  recipientId: personId,
  type: 'contact.popped',
  data: { contactId: randomUUID(), customerId: org.customerId, phone: '+13125550199' },
});

const approvalDecided = (org: FixtureOrganization, personId: string): NewEvent => ({
  organizationId: org.id,
  recipientId: personId,
  type: 'approval.decided',
  data: { approvalId: randomUUID(), resolutionId: randomUUID(), status: 'approved' },
});

async function endsWithin(stream: SseTestClient, ms: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(
        () => reject(new Error(`the stream was still open ${ms} ms after ${what}`)),
        ms,
      )),
  );
  try {
    await Promise.race([stream.ended, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const deliveredIds = (stream: SseTestClient) =>
  stream.frames.received.map((f) => (JSON.parse(f.data) as { id: number }).id);

/** Opens a stream and proves it live with one event, so a later "not delivered" means something. */
async function openLiveStream(
  url: string,
  headers: Record<string, string>,
  db: Db,
  org: FixtureOrganization,
  personId: string,
): Promise<SseTestClient> {
  const stream = await SseTestClient.open(url, headers);
  expect(stream.response.status).toBe(200);
  const [before] = await recordEvents(db, [phonePopped(org, personId)]);
  expect((await stream.next()).json.id).toBe(before);
  return stream;
}

describe('an open event stream when its credentials are taken away (notified)', () => {
  let t: TestApp;
  let base: string;
  let org: FixtureOrganization;
  let admin: TestClient;
  const open: SseTestClient[] = [];

  beforeAll(async () => {
    // The periodic re-check is pushed far out: only the notification can end these streams in time.
    t = await createTestApp({ config: { streamRecheckSeconds: 600 } });
    org = await createFixtureOrganization(t.ctx.db, 'rev-notified');
    admin = await signIn(t.app, org.people.admin.email);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await t.close();
  });

  async function stream(headers: Record<string, string>, personId: string): Promise<SseTestClient> {
    const s = await openLiveStream(`${base}/api/events`, headers, t.ctx.db, org, personId);
    open.push(s);
    return s;
  }

  it('ends the stream of a session that logs out, and sends nothing recorded after the logout', async () => {
    const agent = await signIn(t.app, org.people.agent.email);
    const cookie = cookieHeaderOf(agent);
    const s = await stream({ cookie }, org.people.agent.id);

    expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
    const [after] = await recordEvents(t.ctx.db, [phonePopped(org, org.people.agent.id)]);

    await endsWithin(s, END_WITHIN_MS, 'logout');
    expect(deliveredIds(s)).not.toContain(after);
    // What EventSource does next: reconnect, and be refused.
    expect(await reconnectStatus(`${base}/api/events`, { cookie })).toBe(401);
  });

  it('ends the stream opened with an API token once the token is revoked', async () => {
    const created = await admin.post('/api/tokens', {
      name: 'stream script',
      personId: org.people.admin.id,
    });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json() as { token: string; apiToken: { id: string } };
    const s = await stream({ authorization: `Bearer ${token}` }, org.people.admin.id);

    expect((await admin.delete(`/api/tokens/${apiToken.id}`)).statusCode).toBe(204);
    const [after] = await recordEvents(t.ctx.db, [approvalDecided(org, org.people.admin.id)]);

    await endsWithin(s, END_WITHIN_MS, 'the token was revoked');
    expect(deliveredIds(s)).not.toContain(after);
    expect(await reconnectStatus(`${base}/api/events`, { authorization: `Bearer ${token}` })).toBe(
      401,
    );
  });

  it('ends the streams of a person who is deactivated', async () => {
    const trainer = await signIn(t.app, org.people.trainer.email);
    const s = await stream({ cookie: cookieHeaderOf(trainer) }, org.people.trainer.id);

    expect(
      (await admin.patch(`/api/people/${org.people.trainer.id}`, { active: false })).statusCode,
    ).toBe(200);
    const [after] = await recordEvents(t.ctx.db, [phonePopped(org, org.people.trainer.id)]);

    await endsWithin(s, END_WITHIN_MS, 'the person was deactivated');
    expect(deliveredIds(s)).not.toContain(after);
  });

  it('ends the stream of an approver demoted to agent, who reconnects as an agent', async () => {
    const manager = await signIn(t.app, org.people.manager.email);
    const cookie = cookieHeaderOf(manager);
    const s = await stream({ cookie }, org.people.manager.id);

    expect(
      (await admin.patch(`/api/people/${org.people.manager.id}`, { role: 'agent' })).statusCode,
    ).toBe(200);
    const [after] = await recordEvents(t.ctx.db, [
      {
        organizationId: org.id,
        recipientId: org.people.manager.id,
        type: 'approval.requested',
        data: { approvalId: randomUUID(), resolutionId: randomUUID() },
      },
    ]);

    await endsWithin(s, END_WITHIN_MS, 'the role changed');
    expect(deliveredIds(s)).not.toContain(after);
    // Still signed in: the new stream is authorized as what the person is now.
    const again = await SseTestClient.open(`${base}/api/events`, { cookie });
    open.push(again);
    expect(again.response.status).toBe(200);
  });

  it('keeps delivering on a stream whose own session is untouched when another session of the person logs out', async () => {
    const first = await signIn(t.app, org.people.agent2.email);
    const second = await signIn(t.app, org.people.agent2.email);
    const s = await stream({ cookie: cookieHeaderOf(first) }, org.people.agent2.id);

    expect((await second.post('/api/auth/logout')).statusCode).toBe(204);
    const [after] = await recordEvents(t.ctx.db, [phonePopped(org, org.people.agent2.id)]);
    expect((await s.next()).json.id).toBe(after);
  });
});

describe('an open event stream when its session expires', () => {
  it('delivers nothing recorded after the expiry and ends', async () => {
    const t = await createTestApp({ config: { streamRecheckSeconds: 600 } });
    try {
      const org = await createFixtureOrganization(t.ctx.db, 'rev-expiry');
      const agent = await signIn(t.app, org.people.agent.email);
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const s = await openLiveStream(
        `${base}/api/events`,
        { cookie: cookieHeaderOf(agent) },
        t.ctx.db,
        org,
        org.people.agent.id,
      );
      try {
        t.clock.advance(t.ctx.config.sessionTtlHours * 3_600_000 + 1_000);
        const [after] = await recordEvents(t.ctx.db, [phonePopped(org, org.people.agent.id)]);
        await endsWithin(s, END_WITHIN_MS, 'the session expired');
        expect(deliveredIds(s)).not.toContain(after);
      } finally {
        s.close();
      }
    } finally {
      await t.close();
    }
  });
});

describe('the periodic re-check of open event streams', () => {
  it('ends a stream whose person was deactivated without any notification (a write straight to the database)', async () => {
    const t = await createTestApp({ config: { streamRecheckSeconds: 1 } });
    try {
      const org = await createFixtureOrganization(t.ctx.db, 'rev-periodic');
      const agent = await signIn(t.app, org.people.agent.email);
      const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const s = await openLiveStream(
        `${base}/api/events`,
        { cookie: cookieHeaderOf(agent) },
        t.ctx.db,
        org,
        org.people.agent.id,
      );
      try {
        await t.ctx.db
          .updateTable('people')
          .set({ active: false })
          .where('id', '=', org.people.agent.id)
          .execute();
        await endsWithin(s, END_WITHIN_MS, 'the person was deactivated in the database');
      } finally {
        s.close();
      }
    } finally {
      await t.close();
    }
  });

  it('is configured by STREAM_RECHECK_SECONDS, a whole number of seconds from 1', () => {
    expect(loadConfig({}).streamRecheckSeconds).toBe(5);
    expect(loadConfig({ STREAM_RECHECK_SECONDS: '2' }).streamRecheckSeconds).toBe(2);
    for (const bad of ['0', '1.5', 'soon'])
      expect(() => loadConfig({ STREAM_RECHECK_SECONDS: bad })).toThrow(ConfigError);
  });
});

describe.runIf(testDialect() === 'postgres')(
  'event streams across two servers when credentials are taken away',
  () => {
    const servers: RunningServer[] = [];
    let shared: Awaited<ReturnType<typeof createPostgresDatabase>>;

    beforeAll(async () => {
      shared = await createPostgresDatabase();
      // Only the notification through PostgreSQL can end the stream on the other server in time.
      const config = {
        ...loadConfig({
          PORT: '0',
          LOG_LEVEL: 'silent',
          WEB_DIST_DIR: '/nonexistent',
          DATABASE_URL: shared.url,
        }),
        streamRecheckSeconds: 600,
      };
      for (let i = 0; i < 2; i++) {
        const database = await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 4 });
        servers.push(await startServer({ config, database, logger: false }));
      }
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await shared?.close();
    });

    it('ends on server B a stream whose session logs out on server A', async () => {
      const [a, b] = servers as [RunningServer, RunningServer];
      const org = await createFixtureOrganization(shared.db, 'rev-two-logout');
      const agent = await signIn(a.app, org.people.agent.email);
      const s = await openLiveStream(
        `${b.url}/api/events`,
        { cookie: cookieHeaderOf(agent) },
        a.ctx.db,
        org,
        org.people.agent.id,
      );
      try {
        expect((await agent.post('/api/auth/logout')).statusCode).toBe(204);
        const [after] = await recordEvents(a.ctx.db, [phonePopped(org, org.people.agent.id)]);
        await endsWithin(s, END_WITHIN_MS, 'logout on the other server');
        expect(deliveredIds(s)).not.toContain(after);
      } finally {
        s.close();
      }
    });

    it('ends on server B the streams of a person deactivated on server A', async () => {
      const [a, b] = servers as [RunningServer, RunningServer];
      const org = await createFixtureOrganization(shared.db, 'rev-two-deactivate');
      const admin = await signIn(a.app, org.people.admin.email);
      const manager = await signIn(b.app, org.people.manager.email);
      const s = await openLiveStream(
        `${b.url}/api/events`,
        { cookie: cookieHeaderOf(manager) },
        a.ctx.db,
        org,
        org.people.manager.id,
      );
      try {
        expect(
          (await admin.patch(`/api/people/${org.people.manager.id}`, { active: false })).statusCode,
        ).toBe(200);
        const [after] = await recordEvents(a.ctx.db, [approvalDecided(org, org.people.manager.id)]);
        await endsWithin(s, END_WITHIN_MS, 'deactivation on the other server');
        expect(deliveredIds(s)).not.toContain(after);
      } finally {
        s.close();
      }
    });
  },
);
