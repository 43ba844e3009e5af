import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PolicyDocumentInput } from '../../../domain/authority/policy.ts';
import { fixturePolicy } from '../../testing/fixture-policy.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { hashPassword } from '../auth/password.ts';
import { insertPublishedPolicy } from '../authority/commands/insert-published-policy.ts';
import { escalateOverdueApprovals } from './commands/escalate-overdue-approvals.ts';

/** Orders older than 90 days need a Supervisor: the condition an attacker's lower approver walked past. */
const withOldOrderCondition = (level: string): PolicyDocumentInput => ({
  ...fixturePolicy,
  conditions: [
    {
      id: 'old_order',
      description: 'Orders older than 90 days',
      types: ['refund'],
      check: { kind: 'max_order_age_days', days: 90 },
      whenFails: { outcome: 'needs_approval', level },
    },
  ],
});

/** An approval is answered only by someone whose rank reaches the routed level, re-decided with the rep's own request. */
describe("approvals answered within the approver's authority", () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let senior: TestClient;
  let supervisor: TestClient;
  let manager: TestClient;
  let oldOrderId: string;

  const openContact = async () =>
    (await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })).json()
      .contact.id as string;
  const requestRefund = async (body: Record<string, unknown>) => {
    const response = await agent.post(`/api/contacts/${await openContact()}/resolutions`, {
      type: 'refund',
      currency: 'USD',
      reason: 'Wrong size',
      idempotencyKey: randomUUID(),
      ...body,
    });
    expect(response.statusCode).toBe(201);
    return response.json().resolution;
  };
  const publish = async (document: PolicyDocumentInput) =>
    insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      document,
      personId: org.people.admin.id,
      note: 'test',
      now: t.clock.now(),
    });

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'rank');
    const seniorLevel = await t.ctx.db
      .selectFrom('authorityLevels')
      .select('id')
      .where('organizationId', '=', org.id)
      .where('key', '=', 'senior_agent')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('people')
      .values({
        organizationId: org.id,
        email: 'senior@rank.test',
        name: 'Senior Approver',
        role: 'approver',
        levelId: seniorLevel.id,
        teamId: org.teamId,
        passwordHash: await hashPassword(FIXTURE_PASSWORD),
      })
      .execute();
    const old = await t.ctx.db
      .insertInto('orders')
      .values({
        organizationId: org.id,
        customerId: org.customerId,
        number: 'NW-OLD',
        placedAt: new Date('2026-06-01T12:00:00Z'),
        status: 'delivered',
        totalMinor: 80_00,
        currency: 'USD',
        items: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    oldOrderId = old.id;
    await publish(withOldOrderCondition('supervisor'));
    agent = await signIn(t.app, org.people.agent.email);
    senior = await signIn(t.app, 'senior@rank.test');
    supervisor = await signIn(t.app, org.people.supervisor.email);
    manager = await signIn(t.app, org.people.manager.email);
  });
  afterAll(() => t.close());

  it('refuses an approver below the level an old order was routed to, for claim and approve alike', async () => {
    const resolution = await requestRefund({ amount: 30_00, orderId: oldOrderId });
    expect(resolution.approval.level.key).toBe('supervisor');
    const approvalId = resolution.approval.id;

    const claim = await senior.post(`/api/approvals/${approvalId}/claim`);
    expect(claim.statusCode).toBe(403);
    const approve = await senior.post(`/api/approvals/${approvalId}/approve`, {
      note: 'looks fine',
    });
    expect(approve.statusCode).toBe(403);
    expect(approve.json().error.message).toBe('This request needs a Supervisor or above');
    expect((await agent.get(`/api/resolutions/${resolution.id}`)).json().resolution.status).toBe(
      'pending_approval',
    );

    expect(
      (await supervisor.post(`/api/approvals/${approvalId}/approve`, { note: 'ok' })).json(),
    ).toEqual({ status: 'approved' });
  });

  it('keeps a lower approver from answering a Manager-level request in any way, $0 included', async () => {
    const resolution = await requestRefund({ amount: 1_500_00 });
    expect(resolution.approval.level.key).toBe('manager');
    const approvalId = resolution.approval.id;
    for (const [action, body] of [
      ['approve', { note: 'nothing', amount: 0 }],
      ['approve', { note: 'less', amount: 100_00 }],
      ['deny', { note: 'no' }],
    ] as const) {
      const answer = await senior.post(`/api/approvals/${approvalId}/${action}`, body);
      expect(answer.statusCode, `${action} ${JSON.stringify(body)}`).toBe(403);
    }
    // A Supervisor may not lower it into their own reach either: the request was routed to a Manager.
    expect(
      (
        await supervisor.post(`/api/approvals/${approvalId}/approve`, {
          note: 'half',
          amount: 500_00,
        })
      ).statusCode,
    ).toBe(403);
    expect((await agent.get(`/api/resolutions/${resolution.id}`)).json().resolution).toMatchObject({
      status: 'pending_approval',
      grantedAmountMinor: null,
    });
  });

  it('records approving $0 as a denial that grants nothing, and wants the reason', async () => {
    const resolution = await requestRefund({ amount: 1_500_00 });
    const approvalId = resolution.approval.id;
    const silent = await manager.post(`/api/approvals/${approvalId}/approve`, { amount: 0 });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.field).toBe('note');
    expect(
      (
        await manager.post(`/api/approvals/${approvalId}/approve`, {
          amount: 0,
          note: 'Not this time',
        })
      ).json(),
    ).toEqual({ status: 'denied' });
    const after = (await agent.get(`/api/resolutions/${resolution.id}`)).json().resolution;
    expect(after).toMatchObject({ status: 'denied', grantedAmountMinor: null });
    const kinds = (
      await t.ctx.db
        .selectFrom('ledgerEntries')
        .select('kind')
        .where('approvalId', '=', approvalId)
        .orderBy('seq')
        .execute()
    ).map((e) => e.kind);
    expect(kinds).toEqual(['approval.routed', 'approval.denied']);
  });

  it('re-decides an answer and an escalation with the order the rep named, under the policy in force', async () => {
    await publish(fixturePolicy);
    const resolution = await requestRefund({ amount: 150_00, orderId: oldOrderId });
    expect(resolution.approval.level.key).toBe('senior_agent');
    // The policy now says old orders need a Manager: the Senior agent's level no longer covers this order.
    await publish(withOldOrderCondition('manager'));
    const approve = await senior.post(`/api/approvals/${resolution.approval.id}/approve`, {
      note: 'fine',
    });
    expect(approve.statusCode).toBe(403);
    expect(approve.json().error.message).toContain('Your authority does not cover $150');

    t.clock.advance(91_000);
    await escalateOverdueApprovals({ db: t.ctx.db, now: t.clock.now() });
    const escalated = (await agent.get(`/api/resolutions/${resolution.id}`)).json().resolution;
    expect(escalated.approval.level.key).toBe('manager');
    await publish(withOldOrderCondition('supervisor'));
  });
});
