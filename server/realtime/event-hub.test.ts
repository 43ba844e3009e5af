import { randomUUID } from 'node:crypto';

import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../testing/fixtures.ts';
import {
  createPostgresDatabase,
  createTestDatabase,
  testDialect,
} from '../testing/test-database.ts';
import { announceCredentialsChanged } from './credentials-changed.ts';
import { EventHub } from './event-hub.ts';
import type { LiveEvent, NewEvent } from './event-types.ts';
import { recordEvents } from './record-events.ts';
import { Inbox, waitUntil } from './test-support.ts';

const logger = pino({ level: 'silent' });
const clock = { now: () => new Date('2026-11-20T15:00:00Z') };

const granted = (org: FixtureOrganization, resolutionId = randomUUID()): NewEvent => ({
  organizationId: org.id,
  recipientId: org.people.agent.id,
  type: 'resolution.granted',
  data: { resolutionId },
});

describe('EventHub on one instance', () => {
  let database: DatabaseHandle;
  let hub: EventHub;
  let org: FixtureOrganization;

  beforeAll(async () => {
    database = await createTestDatabase();
    hub = new EventHub({ database, logger, now: clock.now });
    await hub.start();
    org = await createFixtureOrganization(database.db, 'hub-one');
  });
  afterAll(async () => {
    await hub.stop();
    await database.close();
  });

  const connectedUntil = async (personId: string) =>
    (
      await database.db
        .selectFrom('personPresence')
        .select('connectedUntil')
        .where('personId', '=', personId)
        .executeTakeFirst()
    )?.connectedUntil;

  it('fans an event out to every subscription of the person, and stops after unsubscribe', async () => {
    const tabOne = new Inbox<LiveEvent>();
    const tabTwo = new Inbox<LiveEvent>();
    const offOne = hub.subscribe(org.people.agent.id, org.id, tabOne.push);
    const offTwo = hub.subscribe(org.people.agent.id, org.id, tabTwo.push);
    const [first] = await recordEvents(database.db, [granted(org)]);
    expect((await tabOne.next()).id).toBe(first);
    expect((await tabTwo.next()).id).toBe(first);

    offOne();
    const [second] = await recordEvents(database.db, [granted(org)]);
    expect((await tabTwo.next()).id).toBe(second);
    expect(tabOne.unread).toBe(0);
    offTwo();
  });

  it('keeps presence while a person has a subscription here, and clears it after the last one', async () => {
    const personId = org.people.manager.id;
    const offOne = hub.subscribe(personId, org.id, () => {});
    const offTwo = hub.subscribe(personId, org.id, () => {});
    await hub.presenceSettled();
    expect(hub.isConnectedHere(personId)).toBe(true);
    expect((await connectedUntil(personId))!.getTime()).toBe(clock.now().getTime() + 45_000);

    offOne();
    await hub.presenceSettled();
    expect(hub.isConnectedHere(personId)).toBe(true);
    expect((await connectedUntil(personId))!.getTime()).toBeGreaterThan(clock.now().getTime());

    offTwo();
    await hub.presenceSettled();
    expect(hub.isConnectedHere(personId)).toBe(false);
    expect((await connectedUntil(personId))!.getTime()).toBe(clock.now().getTime());
  });

  it('pushes presence forward on refresh, and marks people gone when the hub stops', async () => {
    const now = new Date('2026-11-20T16:00:00Z');
    const moving = new EventHub({ database, logger, now: () => now });
    await moving.start();
    const personId = org.people.trainer.id;
    moving.subscribe(personId, org.id, () => {});
    await moving.presenceSettled();
    now.setTime(now.getTime() + 30_000);
    moving.refreshPresence();
    await moving.presenceSettled();
    expect((await connectedUntil(personId))!.getTime()).toBe(now.getTime() + 45_000);

    now.setTime(now.getTime() + 1_000);
    await moving.stop();
    expect((await connectedUntil(personId))!.getTime()).toBe(now.getTime());
  });

  it('ends a quick close-and-reopen connected', async () => {
    const personId = org.people.supervisor.id;
    hub.subscribe(personId, org.id, () => {})();
    const off = hub.subscribe(personId, org.id, () => {});
    await hub.presenceSettled();
    expect((await connectedUntil(personId))!.getTime()).toBeGreaterThan(clock.now().getTime());
    off();
  });

  it('skips what the subscriber says it already has', async () => {
    const inbox = new Inbox<LiveEvent>();
    let off = () => {};
    await database.db.transaction().execute(async (trx) => {
      const [had] = await recordEvents(trx, [granted(org)]);
      // Its notification arrives at commit, after this subscription: it must not be handed over.
      off = hub.subscribe(org.people.agent.id, org.id, inbox.push, { after: had! });
    });
    const [next] = await recordEvents(database.db, [granted(org)]);
    expect((await inbox.next()).id).toBe(next);
    off();
  });

  it('tells credentials watchers of a change before it hands over an event committed after it', async () => {
    const heard: string[] = [];
    const stopWatching = hub.watchCredentials((ids) =>
      heard.push(ids === 'all' ? 'all' : [...ids].join(',')),
    );
    const off = hub.subscribe(org.people.agent.id, org.id, (event) =>
      heard.push(`event ${event.id}`),
    );
    await announceCredentialsChanged(database.db, [org.people.agent.id, org.people.agent2.id]);
    const [after] = await recordEvents(database.db, [granted(org)]);
    await waitUntil(() => heard.includes(`event ${after}`), 5_000, 'the event arrives');
    expect(heard).toEqual([`${org.people.agent.id},${org.people.agent2.id}`, `event ${after}`]);
    off();
    stopWatching();
  });
});

describe.runIf(testDialect() === 'postgres')('EventHub across instances on PostgreSQL', () => {
  let shared: DatabaseHandle & { url: string };
  let instanceA: DatabaseHandle;
  let instanceB: DatabaseHandle;
  let hubA: EventHub;
  let hubB: EventHub;
  let org: FixtureOrganization;

  beforeAll(async () => {
    shared = await createPostgresDatabase();
    // Each instance has its own pool and its own listening connection, as separate processes would.
    instanceA = await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 4 });
    instanceB = await openDatabase({ kind: 'postgres', url: shared.url, poolSize: 4 });
    hubA = new EventHub({
      database: instanceA,
      logger,
      now: clock.now,
      reconnect: { minMs: 50, maxMs: 200 },
    });
    // B waits long enough before reconnecting that the test surely commits inside the gap.
    hubB = new EventHub({
      database: instanceB,
      logger,
      now: clock.now,
      reconnect: { minMs: 300, maxMs: 600 },
    });
    await Promise.all([hubA.start(), hubB.start()]);
    org = await createFixtureOrganization(shared.db, 'hub-two');
  });
  afterAll(async () => {
    await Promise.all([hubA?.stop(), hubB?.stop()]);
    await Promise.all([instanceA?.close(), instanceB?.close()]);
    await shared?.close();
  });

  it("delivers an event committed through instance A's database to a subscriber on instance B", async () => {
    const onB = new Inbox<LiveEvent>();
    const off = hubB.subscribe(org.people.agent.id, org.id, onB.push);
    const resolutionId = randomUUID();
    const [id] = await instanceA.db
      .transaction()
      .execute((trx) => recordEvents(trx, [granted(org, resolutionId)]));
    const event = await onB.next(5_000, 'the event on instance B');
    expect(event).toMatchObject({ id, data: { resolutionId } });
    expect(hubA.isConnectedHere(org.people.agent.id)).toBe(false);
    expect(hubB.isConnectedHere(org.people.agent.id)).toBe(true);
    off();
  });

  it('after its listening connection is killed, reconnects and delivers what was committed meanwhile, once', async () => {
    const inbox = new Inbox<LiveEvent>();
    const [before] = await recordEvents(instanceA.db, [granted(org)]);
    const off = hubB.subscribe(org.people.agent.id, org.id, inbox.push, { after: before! });

    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = 'leeway-event-hub' and datname = current_database()`.execute(
      shared.db,
    );
    await waitUntil(() => !hubB.listening, 5_000, 'instance B notices its listener is gone');
    const missed = await recordEvents(instanceA.db, [granted(org), granted(org)]);

    expect((await inbox.next(5_000, 'the first missed event')).id).toBe(missed[0]);
    expect((await inbox.next(5_000, 'the second missed event')).id).toBe(missed[1]);
    await waitUntil(() => hubB.listening, 5_000, 'instance B listens again');

    const [live] = await recordEvents(instanceA.db, [granted(org)]);
    expect((await inbox.next(5_000, 'a live event after the reconnect')).id).toBe(live);
    expect(inbox.unread).toBe(0);
    off();
  });

  it("hears on instance B a credentials change announced through A's database, and after a gap tells watchers 'all' before the missed events", async () => {
    const heard: string[] = [];
    const stopWatching = hubB.watchCredentials((ids) =>
      heard.push(ids === 'all' ? 'all' : [...ids].join(',')),
    );
    const [before] = await recordEvents(instanceA.db, [granted(org)]);
    const off = hubB.subscribe(
      org.people.agent.id,
      org.id,
      (event) => heard.push(`event ${event.id}`),
      { after: before! },
    );

    await announceCredentialsChanged(instanceA.db, [org.people.agent.id]);
    await waitUntil(() => heard.length === 1, 5_000, 'instance B hears the change');
    expect(heard).toEqual([org.people.agent.id]);

    await sql`select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = 'leeway-event-hub' and datname = current_database()`.execute(
      shared.db,
    );
    await waitUntil(() => !hubB.listening, 5_000, 'instance B notices its listener is gone');
    const [missed] = await recordEvents(instanceA.db, [granted(org)]);
    await waitUntil(() => heard.includes(`event ${missed}`), 5_000, 'the missed event arrives');
    expect(heard.slice(1)).toEqual(['all', `event ${missed}`]);
    await waitUntil(() => hubA.listening && hubB.listening, 5_000, 'both instances listen again');
    off();
    stopWatching();
  });
});
