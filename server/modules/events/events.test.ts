import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServer, type RunningServer } from '../../boot.ts';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../db/database.ts';
import type { NewEvent } from '../../realtime/event-types.ts';
import { recordEvents } from '../../realtime/record-events.ts';
import { waitUntil } from '../../realtime/test-support.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app.ts';
import { createPostgresDatabase, testDialect } from '../../testing/test-database.ts';
import { SseTestClient } from './sse-test-client.ts';

type Who = 'agent' | 'agent2' | 'manager';

const granted = (org: FixtureOrganization, who: Who, resolutionId = randomUUID()): NewEvent => ({
  organizationId: org.id,
  recipientId: org.people[who].id,
  type: 'resolution.granted',
  data: { resolutionId },
});

async function cookieHeader(app: TestApp['app'], email: string): Promise<string> {
  const client = await signIn(app, email);
  return Object.entries(client.sessionCookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

describe('GET /api/events', () => {
  let t: TestApp;
  let base: string;
  let home: FixtureOrganization;
  let foreign: FixtureOrganization;
  const cookies = {} as Record<Who, string>;
  const open: SseTestClient[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    home = await createFixtureOrganization(t.ctx.db, 'ev-home');
    foreign = await createFixtureOrganization(t.ctx.db, 'ev-foreign');
    for (const who of ['agent', 'agent2', 'manager'] as const)
      cookies[who] = await cookieHeader(t.app, home.people[who].email);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    for (const client of open) client.close();
    await t.close();
  });

  async function connect(
    who: Who,
    headers: Record<string, string> = {},
    query = '',
  ): Promise<SseTestClient> {
    const client = await SseTestClient.open(`${base}/api/events${query}`, {
      cookie: cookies[who],
      ...headers,
    });
    open.push(client);
    return client;
  }

  it('refuses a caller without a session with 401', async () => {
    const response = await fetch(`${base}/api/events`, {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'unauthenticated',
    );
  });

  it('streams an event recorded after connecting, with its id and type', async () => {
    const stream = await connect('agent');
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.response.headers.get('cache-control')).toBe('no-cache');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');

    const resolutionId = randomUUID();
    const [id] = await t.ctx.db
      .transaction()
      .execute((trx) => recordEvents(trx, [granted(home, 'agent', resolutionId)]));
    const frame = await stream.next();
    expect(frame.id).toBe(String(id));
    expect(frame.event).toBe('resolution.granted');
    expect(frame.json).toMatchObject({ id, type: 'resolution.granted', data: { resolutionId } });
    expect(new Date(frame.json.createdAt).toString()).not.toBe('Invalid Date');
    stream.close();
  });

  it('after a reconnect with Last-Event-ID, sends exactly the missed events in order, then live ones', async () => {
    const first = await connect('manager');
    const [seen] = await recordEvents(t.ctx.db, [granted(home, 'manager')]);
    expect((await first.next()).json.id).toBe(seen);
    first.close();

    const missed: number[] = [];
    for (let i = 0; i < 3; i++)
      missed.push(...(await recordEvents(t.ctx.db, [granted(home, 'manager')])));
    // Someone else's events, in this organization and another, must not be replayed.
    await recordEvents(t.ctx.db, [granted(home, 'agent2'), granted(foreign, 'manager')]);

    const again = await connect('manager', { 'last-event-id': String(seen) });
    const replayed = [await again.next(), await again.next(), await again.next()].map(
      (f) => f.json.id,
    );
    expect(replayed).toEqual(missed);

    const [live] = await recordEvents(t.ctx.db, [granted(home, 'manager')]);
    expect((await again.next()).json.id).toBe(live);
    expect(again.frames.unread).toBe(0);
    again.close();
  });

  it('accepts the cursor as ?lastEventId= for EventSource polyfills', async () => {
    const [seen, missed] = await recordEvents(t.ctx.db, [
      granted(home, 'agent2'),
      granted(home, 'agent2'),
    ]);
    const stream = await connect('agent2', {}, `?lastEventId=${seen}`);
    expect((await stream.next()).json.id).toBe(missed);
    stream.close();
  });

  it('rejects a Last-Event-ID that is not an event id', async () => {
    const response = await fetch(`${base}/api/events`, {
      headers: { accept: 'text/event-stream', cookie: cookies.agent, 'last-event-id': 'yesterday' },
    });
    expect(response.status).toBe(400);
  });

  it('answers a plain JSON request with the events after the cursor (for catching up without a stream)', async () => {
    const [after, one, two] = await recordEvents(t.ctx.db, [
      granted(home, 'agent'),
      granted(home, 'agent'),
      granted(home, 'agent'),
    ]);
    const response = await fetch(`${base}/api/events?lastEventId=${after}`, {
      headers: { cookie: cookies.agent },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: Array<{ id: number }> };
    expect(body.events.map((e) => e.id)).toEqual([one, two]);
  });

  it('marks the person connected while the stream is open, and not after it closes', async () => {
    const personId = home.people.agent2.id;
    const connectedUntil = async () =>
      (
        await t.ctx.db
          .selectFrom('personPresence')
          .select('connectedUntil')
          .where('personId', '=', personId)
          .executeTakeFirst()
      )?.connectedUntil ?? null;

    const stream = await connect('agent2');
    expect((await connectedUntil())!.getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect(t.ctx.events.isConnectedHere(personId)).toBe(true);

    stream.close();
    await waitUntil(
      async () => ((await connectedUntil())?.getTime() ?? Infinity) <= t.clock.now().getTime(),
      5_000,
      'presence shows the person gone',
    );
    expect(t.ctx.events.isConnectedHere(personId)).toBe(false);
  });
});

describe('shutting down with open event streams', () => {
  it('ends the streams instead of waiting on them', async () => {
    const t = await createTestApp();
    const org = await createFixtureOrganization(t.ctx.db, 'ev-close');
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await SseTestClient.open(`${base}/api/events`, {
      cookie: await cookieHeader(t.app, org.people.agent.email),
    });
    expect(stream.response.status).toBe(200);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise(
      (_, reject) =>
        (timer = setTimeout(() => reject(new Error('close() still waiting after 5 s')), 5_000)),
    );
    try {
      await Promise.race([Promise.all([t.close(), stream.ended]), timeout]);
    } finally {
      clearTimeout(timer);
      stream.close();
    }
  });
});

describe.runIf(testDialect() === 'postgres')(
  'GET /api/events across two servers on PostgreSQL',
  () => {
    const servers: RunningServer[] = [];
    let shared: Awaited<ReturnType<typeof createPostgresDatabase>>;

    beforeAll(async () => {
      shared = await createPostgresDatabase();
      const config = loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        WEB_DIST_DIR: '/nonexistent',
        DATABASE_URL: shared.url,
      });
      for (let i = 0; i < 2; i++) {
        const database = await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 4 });
        servers.push(await startServer({ config, database, logger: false }));
      }
    });
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.close()));
      await shared?.close();
    });

    it("streams on server B an approval recorded on server A's database", async () => {
      const [a, b] = servers as [RunningServer, RunningServer];
      const org = await createFixtureOrganization(shared.db, 'ev-two');
      const cookie = await cookieHeader(a.app, org.people.manager.email);
      const stream = await SseTestClient.open(`${b.url}/api/events`, { cookie });
      try {
        expect(stream.response.status).toBe(200);
        const approvalId = randomUUID();
        const resolutionId = randomUUID();
        const [id] = await a.ctx.db.transaction().execute((trx) =>
          recordEvents(trx, [
            {
              organizationId: org.id,
              recipientId: org.people.manager.id,
              type: 'approval.requested',
              data: { approvalId, resolutionId },
            },
          ]),
        );
        const frame = await stream.next();
        expect(frame.event).toBe('approval.requested');
        expect(frame.json).toMatchObject({ id, data: { approvalId, resolutionId } });
        expect(b.ctx.events.isConnectedHere(org.people.manager.id)).toBe(true);
        expect(a.ctx.events.isConnectedHere(org.people.manager.id)).toBe(false);
      } finally {
        stream.close();
      }
    });
  },
);
