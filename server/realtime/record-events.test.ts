import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../testing/fixtures.ts';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import type { LiveEvent, NewEvent } from './event-types.ts';
import { recordEvents } from './record-events.ts';
import { Inbox } from './test-support.ts';

describe('recordEvents', () => {
  let t: TestApp;
  let home: FixtureOrganization;
  let foreign: FixtureOrganization;
  const unsubscribes: Array<() => void> = [];

  beforeAll(async () => {
    t = await createTestApp();
    home = await createFixtureOrganization(t.ctx.db, 'rec-home');
    foreign = await createFixtureOrganization(t.ctx.db, 'rec-foreign');
  });
  afterAll(async () => {
    for (const unsubscribe of unsubscribes) unsubscribe();
    await t.close();
  });

  function inboxOf(
    org: FixtureOrganization,
    person: 'agent' | 'agent2' | 'manager',
  ): Inbox<LiveEvent> {
    const inbox = new Inbox<LiveEvent>();
    unsubscribes.push(t.ctx.events.subscribe(org.people[person].id, org.id, inbox.push));
    return inbox;
  }

  const granted = (
    org: FixtureOrganization,
    person: 'agent' | 'agent2' | 'manager',
    resolutionId = randomUUID(),
  ): NewEvent => ({
    organizationId: org.id,
    recipientId: org.people[person].id,
    type: 'resolution.granted',
    data: { resolutionId },
  });

  it('delivers nothing for a rolled-back transaction', async () => {
    const inbox = inboxOf(home, 'manager');
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await recordEvents(trx, [granted(home, 'manager', randomUUID())]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    // Delivery follows commit order, so if the rolled-back event were coming it would come first.
    const marker = randomUUID();
    await recordEvents(t.ctx.db, [granted(home, 'manager', marker)]);
    const first = await inbox.next(5_000, 'the marker event');
    expect(first.data).toEqual({ resolutionId: marker });
    expect(
      await t.ctx.db
        .selectFrom('events')
        .select('id')
        .where('recipientId', '=', home.people.manager.id)
        .execute(),
    ).toHaveLength(1);
  });

  it('delivers a committed event to its recipient only, not to a colleague or another organization', async () => {
    const agent = inboxOf(home, 'agent');
    const colleague = inboxOf(home, 'agent2');
    const stranger = inboxOf(foreign, 'agent');

    const resolutionId = randomUUID();
    const [id] = await t.ctx.db
      .transaction()
      .execute((trx) => recordEvents(trx, [granted(home, 'agent', resolutionId)]));
    const event = await agent.next(5_000, "the agent's event");
    expect(event).toMatchObject({
      id,
      type: 'resolution.granted',
      recipientId: home.people.agent.id,
      organizationId: home.id,
      data: { resolutionId },
    });
    expect(event.createdAt).toBeInstanceOf(Date);

    // Later events for the others must be the first thing they receive.
    const [colleagueMarker, strangerMarker] = await recordEvents(t.ctx.db, [
      granted(home, 'agent2'),
      granted(foreign, 'agent'),
    ]);
    expect((await colleague.next(5_000, "the colleague's marker")).id).toBe(colleagueMarker);
    expect((await stranger.next(5_000, "the stranger's marker")).id).toBe(strangerMarker);
    expect(agent.unread).toBe(0);
  });

  it('announces a batch too large for one notification, in order', async () => {
    const inbox = inboxOf(home, 'manager');
    const events = Array.from({ length: 1200 }, () => granted(home, 'manager'));
    const ids = await recordEvents(t.ctx.db, events);
    expect(ids).toHaveLength(1200);
    const received: number[] = [];
    for (let i = 0; i < ids.length; i++)
      received.push((await inbox.next(10_000, `event ${i + 1} of the batch`)).id);
    expect(received).toEqual(ids);
  });

  it('refuses data that does not match its type, recording nothing', async () => {
    const countEvents = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('events')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await countEvents();
    // Deliberately mistyped: a caller trying to ship a body along with the ids.
    const bad = {
      ...granted(home, 'agent'),
      data: { resolutionId: randomUUID(), note: 'a body that belongs elsewhere' },
    } as unknown as NewEvent;
    await expect(recordEvents(t.ctx.db, [granted(home, 'agent'), bad])).rejects.toThrow();
    expect(await countEvents()).toBe(before);
  });
});
