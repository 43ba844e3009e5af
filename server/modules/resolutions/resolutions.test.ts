import { randomUUID } from 'node:crypto';

import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { escalateOverdueApprovals } from '../approvals/commands/escalate-overdue-approvals.ts';

/** The empowerment loop through HTTP: act at once when allowed, get a yes while the customer waits when not. */
describe('resolutions, approvals and the ledger', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let supervisor: TestClient;
  let manager: TestClient;
  let contactId: string;

  const eventsFor = async (personId: string, type: string) =>
    (
      await t.ctx.db
        .selectFrom('events')
        .select(['type', 'data'])
        .where('recipientId', '=', personId)
        .where('type', '=', type)
        .orderBy('id')
        .execute()
    ).map((e) => e.data);

  const request = (client: TestClient, contact: string, body: Record<string, unknown>) =>
    client.post(`/api/contacts/${contact}/resolutions`, {
      type: 'refund',
      currency: 'USD',
      reason: 'Arrived damaged',
      idempotencyKey: randomUUID(),
      ...body,
    });

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'loop');
    agent = await signIn(t.app, org.people.agent.email);
    supervisor = await signIn(t.app, org.people.supervisor.email);
    manager = await signIn(t.app, org.people.manager.email);
    // The supervisor and manager are "connected" so routing can find them available.
    for (const id of [org.people.supervisor.id, org.people.manager.id]) {
      await t.ctx.db
        .insertInto('personPresence')
        .values({
          personId: id,
          organizationId: org.id,
          connectedUntil: new Date('2030-01-01T00:00:00Z'),
          updatedAt: t.clock.now(),
        })
        .execute();
    }
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    const opened = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'call',
      reason: 'Damaged jacket',
    });
    expect(opened.statusCode).toBe(201);
    contactId = opened.json().contact.id;
  });

  it('grants a refund within authority at once, with a covered receipt that cites the ledger', async () => {
    const response = await request(agent, contactId, { amount: 40_00 });
    expect(response.statusCode).toBe(201);
    const { resolution } = response.json();
    expect(resolution).toMatchObject({
      status: 'granted',
      grantedAmountMinor: 40_00,
      withinAuthority: true,
      decision: { outcome: 'within_authority', policyVersion: 1 },
    });
    expect(resolution.receipt.text).toContain('you are covered');
    expect(resolution.receipt).toMatchObject({
      policyVersion: 1,
      limitMinor: 100_00,
      level: 'Agent',
    });
    expect(resolution.receipt.ledgerHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await eventsFor(org.people.agent.id, 'resolution.granted')).toContainEqual({
      resolutionId: resolution.id,
    });
  });

  it('decides requests that arrive together each on its own merits, and answers each as a later read shows it', async () => {
    const [within, over, askedAnyway, beyondEveryone, unknownType] = await Promise.all([
      request(agent, contactId, { amount: 30_00 }),
      request(agent, contactId, { amount: 140_00 }),
      request(agent, contactId, { amount: 20_00, requestApproval: true }),
      request(agent, contactId, { amount: 3_000_00 }),
      request(agent, contactId, { amount: 10_00, type: 'spaceship' }),
    ]);
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.field).toBe('type');
    const answers = [within, over, askedAnyway, beyondEveryone].map((r) => {
      expect(r.statusCode).toBe(201);
      return r.json().resolution;
    });
    expect(answers.map((a) => a.status)).toEqual([
      'granted',
      'pending_approval',
      'pending_approval',
      'denied',
    ]);
    expect(answers[2].notice).toContain('within your own authority');
    for (const answer of answers) {
      const { notice: _notice, ...stored } = answer;
      expect((await agent.get(`/api/resolutions/${answer.id}`)).json().resolution).toEqual(stored);
    }
  });

  it('returns the same resolution for a retried idempotency key, and refuses the key for another request', async () => {
    const key = randomUUID();
    const first = await request(agent, contactId, { amount: 10_00, idempotencyKey: key });
    const again = await request(agent, contactId, { amount: 10_00, idempotencyKey: key });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().resolution.id).toBe(first.json().resolution.id);
    const count = await t.ctx.db
      .selectFrom('resolutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('idempotencyKey', '=', key)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    const misuse = await request(agent, contactId, { amount: 11_00, idempotencyKey: key });
    expect(misuse.statusCode).toBe(409);
    expect(misuse.json().error.field).toBe('idempotencyKey');
  });

  it("routes an over-limit refund to the rep's chain, which approves a lower amount; the rep hears at once", async () => {
    const response = await request(agent, contactId, { amount: 140_00 });
    const { resolution } = response.json();
    expect(resolution.status).toBe('pending_approval');
    expect(resolution.approval).toMatchObject({
      status: 'pending',
      level: { key: 'senior_agent', name: 'Senior agent' },
    });
    expect(resolution.decision.reasons.at(-1)).toBe('A Senior agent can approve it.');
    expect(await eventsFor(org.people.supervisor.id, 'approval.requested')).toContainEqual({
      approvalId: resolution.approval.id,
      resolutionId: resolution.id,
    });

    const queue = (await supervisor.get('/api/approvals')).json().approvals;
    const item = queue.find((a: { id: string }) => a.id === resolution.approval.id);
    expect(item).toMatchObject({
      routedToMe: true,
      requester: { id: org.people.agent.id },
      resolution: { amountMinor: 140_00, reason: 'Arrived damaged' },
      customer: { id: org.customerId },
    });
    // The rep was told "at your level"; the supervisor reads it about the rep.
    const repFirstName = item.requester.name.split(' ')[0];
    expect(item.resolution.reasons).toEqual([
      `Refund: up to $100 per incident at ${repFirstName}'s level (Agent); this is $140.`,
      'A Senior agent can approve it.',
    ]);

    expect((await supervisor.post(`/api/approvals/${item.id}/claim`)).statusCode).toBe(204);
    expect(await eventsFor(org.people.agent.id, 'approval.claimed')).toContainEqual(
      expect.objectContaining({ approvalId: item.id, approverId: org.people.supervisor.id }),
    );

    const approved = await supervisor.post(`/api/approvals/${item.id}/approve`, {
      amount: 120_00,
      note: 'Refund the jacket, not the shipping',
    });
    expect(approved.json()).toEqual({ status: 'reduced' });
    const after = (await agent.get(`/api/resolutions/${resolution.id}`)).json().resolution;
    expect(after).toMatchObject({
      status: 'granted',
      grantedAmountMinor: 120_00,
      withinAuthority: false,
      approval: {
        status: 'reduced',
        decidedAmountMinor: 120_00,
        note: 'Refund the jacket, not the shipping',
        decidedBy: { id: org.people.supervisor.id },
      },
    });
    expect(await eventsFor(org.people.agent.id, 'approval.decided')).toContainEqual({
      approvalId: item.id,
      resolutionId: resolution.id,
      status: 'reduced',
    });
    // The connected manager had it in their queue too (not routed, but able to decide): it leaves theirs as well.
    expect(await eventsFor(org.people.manager.id, 'approval.decided')).toContainEqual({
      approvalId: item.id,
      resolutionId: resolution.id,
      status: 'reduced',
    });

    const twice = await manager.post(`/api/approvals/${item.id}/approve`, { note: 'me too' });
    expect(twice.statusCode).toBe(409);
  });

  it('lets nobody approve their own request, or beyond their authority', async () => {
    const own = await supervisor.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'chat',
    });
    const big = await request(supervisor, own.json().contact.id, { amount: 1_000_00 });
    const approvalId = big.json().resolution.approval.id;
    expect(big.json().resolution.approval.level.key).toBe('manager');
    const self = await supervisor.post(`/api/approvals/${approvalId}/approve`, {
      note: 'fine by me',
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toBe('You cannot decide your own request');

    const fromAgent = await request(agent, contactId, { amount: 1_500_00 });
    const needsManager = fromAgent.json().resolution.approval.id;
    const tooSmall = await supervisor.post(`/api/approvals/${needsManager}/approve`, {
      note: 'ok',
    });
    expect(tooSmall.statusCode).toBe(403);
    expect(tooSmall.json().error.message).toBe('This request needs a Manager or above');
    // Nor by lowering it into their own reach: it was routed to a Manager, who may approve less.
    expect(
      (
        await supervisor.post(`/api/approvals/${needsManager}/approve`, {
          note: 'half now',
          amount: 500_00,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await manager.post(`/api/approvals/${needsManager}/approve`, {
          note: 'half now',
          amount: 500_00,
        })
      ).json(),
    ).toEqual({ status: 'reduced' });
    expect(
      (await manager.post(`/api/approvals/${approvalId}/approve`, { note: 'ok' })).json(),
    ).toEqual({ status: 'approved' });
  });

  it('keeps agents out of approving altogether', async () => {
    const pending = await request(agent, contactId, { amount: 150_00 });
    const agent2 = await signIn(t.app, org.people.agent2.email);
    const response = await agent2.post(
      `/api/approvals/${pending.json().resolution.approval.id}/approve`,
      { note: 'sure' },
    );
    expect(response.statusCode).toBe(403);
  });

  it('denies with a note, and needs one', async () => {
    const pending = await request(agent, contactId, { amount: 160_00 });
    const approvalId = pending.json().resolution.approval.id;
    const noNote = await supervisor.post(`/api/approvals/${approvalId}/deny`, {});
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.field).toBe('note');
    expect(
      (
        await supervisor.post(`/api/approvals/${approvalId}/deny`, {
          note: 'Already refunded last week',
        })
      ).json(),
    ).toEqual({ status: 'denied' });
    expect(
      (await agent.get(`/api/resolutions/${pending.json().resolution.id}`)).json().resolution
        .status,
    ).toBe('denied');
  });

  it('escalates to the next level when nobody answers in time, and tells the rep', async () => {
    const pending = await request(agent, contactId, { amount: 200_00 });
    const approvalId = pending.json().resolution.approval.id;
    expect(await escalateOverdueApprovals({ db: t.ctx.db, now: t.clock.now() })).toBe(0);
    t.clock.advance(91_000);
    expect(
      await escalateOverdueApprovals({ db: t.ctx.db, now: t.clock.now() }),
    ).toBeGreaterThanOrEqual(1);
    const after = (await agent.get(`/api/resolutions/${pending.json().resolution.id}`)).json()
      .resolution;
    expect(after.approval).toMatchObject({
      status: 'pending',
      level: { key: 'supervisor' },
      escalations: 1,
    });
    expect(await eventsFor(org.people.agent.id, 'approval.escalated')).toContainEqual({
      approvalId,
      levelKey: 'supervisor',
      levelName: 'Supervisor',
    });
    const ledger = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select('kind')
      .where('approvalId', '=', approvalId)
      .orderBy('seq')
      .execute();
    expect(ledger.map((e) => e.kind)).toEqual(['approval.routed', 'approval.escalated']);
  });

  it('routes to a delegate while the approver is away, not beyond, and not after the window', async () => {
    const future = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    const noEnd = await supervisor.put('/api/me/availability', {
      available: false,
      delegateId: org.people.manager.id,
    });
    expect(noEnd.statusCode).toBe(400);
    expect(noEnd.json().error.field).toBe('awayUntil');
    expect(
      (
        await supervisor.put('/api/me/availability', {
          available: false,
          awayUntil: future,
          delegateId: org.people.supervisor.id,
        })
      ).json().error.field,
    ).toBe('delegateId');
    const set = await supervisor.put('/api/me/availability', {
      available: false,
      awayUntil: future,
      delegateId: org.people.manager.id,
    });
    expect(set.json().availability).toMatchObject({
      available: false,
      delegate: { id: org.people.manager.id },
    });
    // The manager is away too, delegating to the admin: that second hop is not followed.
    await manager.put('/api/me/availability', {
      available: true,
      awayUntil: future,
      delegateId: org.people.admin.id,
    });

    const pending = await request(agent, contactId, { amount: 130_00 });
    const recipients = await t.ctx.db
      .selectFrom('approvalRecipients')
      .select(['personId', 'route'])
      .where('approvalId', '=', pending.json().resolution.approval.id)
      .execute();
    expect(recipients).toContainEqual({ personId: org.people.manager.id, route: 'delegate' });
    expect(recipients.map((r) => r.personId)).not.toContain(org.people.supervisor.id);
    expect(recipients.map((r) => r.personId)).not.toContain(org.people.admin.id);

    t.clock.advance(3_700_000);
    await supervisor.put('/api/me/availability', { available: true });
    await manager.put('/api/me/availability', { available: true });
    const later = await request(agent, contactId, { amount: 131_00 });
    const routes = await t.ctx.db
      .selectFrom('approvalRecipients')
      .select(['personId', 'route'])
      .where('approvalId', '=', later.json().resolution.approval.id)
      .execute();
    expect(routes).toContainEqual({ personId: org.people.supervisor.id, route: 'chain' });
  });

  it('tells a rep kindly when they escalate what they could decide, and records unused authority', async () => {
    const response = await request(agent, contactId, { amount: 20_00, requestApproval: true });
    const { resolution } = response.json();
    expect(resolution.status).toBe('pending_approval');
    expect(resolution.notice).toContain('within your own authority');
    const kinds = (
      await t.ctx.db
        .selectFrom('ledgerEntries')
        .select('kind')
        .where('resolutionId', '=', resolution.id)
        .execute()
    ).map((e) => e.kind);
    expect(kinds).toContain('resolution.unused_authority');
  });

  it.each([
    [{ amount: 12.5 }, 'amount'],
    [{ amount: -5 }, 'amount'],
    [{ amount: 10_00, idempotencyKey: undefined }, 'idempotencyKey'],
    [{ amount: 10_00, currency: 'usd' }, 'currency'],
    [{ amount: 10_00, reason: '' }, 'reason'],
    [{ amount: 10_00, type: 'teleport' }, 'type'],
    [{ amount: 10_00, type: 'goodwill_gift' }, 'amount'],
  ])('refuses a malformed request %j naming %s, writing nothing', async (body, field) => {
    const before = await t.ctx.db
      .selectFrom('resolutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await request(agent, contactId, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
    const after = await t.ctx.db
      .selectFrom('resolutions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("refuses a resolution on another rep's contact", async () => {
    const agent2 = await signIn(t.app, org.people.agent2.email);
    expect((await request(agent2, contactId, { amount: 10_00 })).statusCode).toBe(403);
  });

  it('keeps the ledger append-only in the database, verifies it, and names the first broken entry', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const verified = (await admin.get('/api/ledger/verify')).json();
    expect(verified.ok).toBe(true);
    expect(verified.entries).toBeGreaterThan(10);
    expect((await agent.get('/api/ledger/verify')).statusCode).toBe(403);

    await expect(
      sql`update ledger_entries set data = '{}' where organization_id = ${org.id}`.execute(
        t.ctx.db,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`delete from ledger_entries where organization_id = ${org.id}`.execute(t.ctx.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`truncate ledger_entries`.execute(t.ctx.db)).rejects.toThrow(/append-only/);

    // Someone with raw database access inserts a forged entry: the chain check finds it.
    const head = await t.ctx.db
      .selectFrom('ledgerHeads')
      .selectAll()
      .where('organizationId', '=', org.id)
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('ledgerEntries')
      .values({
        organizationId: org.id,
        seq: head.seq + 1,
        at: new Date(),
        kind: 'approval.approved',
        actorId: null,
        resolutionId: null,
        approvalId: null,
        data: '{"grantedMinor":99999}',
        prevHash: head.hash,
        hash: 'f'.repeat(64),
      })
      .execute();
    const broken = (await admin.get('/api/ledger/verify')).json();
    expect(broken).toMatchObject({ ok: false, firstBrokenSeq: head.seq + 1 });
  });
});
