import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/**
 * A rep's budget per day is the contact centre's day: it resets at midnight where the centre is
 * (America/Chicago for the fixture), not at midnight UTC. A customer's window is the last N days to
 * the instant, even though the database keeps its totals per day.
 */
describe("budgets follow the organization's calendar and the customer's window", () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let contactId: string;

  beforeAll(async () => {
    // The test moves the clock across a night; the session must outlast it.
    t = await createTestApp({ env: { SESSION_TTL_HOURS: '72' } });
    org = await createFixtureOrganization(t.ctx.db, 'calendar');
    agent = await signIn(t.app, org.people.agent.email);
    contactId = (
      await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id;
  });
  afterAll(() => t.close());

  const refund = async (amount: number) => {
    const response = await agent.post(`/api/contacts/${contactId}/resolutions`, {
      type: 'refund',
      amount,
      currency: 'USD',
      reason: 'late',
      idempotencyKey: randomUUID(),
    });
    expect(response.statusCode).toBe(201);
    return response.json().resolution.status as string;
  };
  const usedToday = async () => {
    const me = (await agent.get(`/api/authority/me?customerId=${org.customerId}`)).json();
    return me.usage.byType.refund?.personDayMinor ?? 0;
  };

  it('counts grants until local midnight, then starts a new day', async () => {
    // 15:00 UTC on 20 November is 09:00 in Chicago.
    expect(t.clock.now().toISOString()).toBe('2026-11-20T15:00:00.000Z');
    for (let i = 0; i < 4; i++) expect(await refund(100_00)).toBe('granted');

    // 05:30 UTC on the 21st is still 23:30 on the 20th in Chicago: $400 used of $500.
    t.clock.advance(14.5 * 3_600_000);
    expect(await usedToday()).toBe(400_00);
    expect(await refund(100_00)).toBe('granted');
    expect(await refund(30_00)).toBe('pending_approval');

    // 06:30 UTC is 00:30 on the 21st in Chicago: a new day, though the UTC date has not changed.
    t.clock.advance(3_600_000);
    expect(await usedToday()).toBe(0);
    expect(await refund(30_00)).toBe('granted');
    expect(await usedToday()).toBe(30_00);
  });

  it("counts a customer's grants from the window's first instant, not from the start of that day", async () => {
    const customer = await t.ctx.db
      .insertInto('customers')
      .values({
        organizationId: org.id,
        externalRef: 'window',
        name: 'Window Customer',
        segment: 'regular',
        lifetimeValueMinor: 0,
        currency: 'USD',
        flags: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const contact = (
      await agent.post('/api/contacts', { customerId: customer.id, channel: 'chat' })
    ).json().contact.id as string;
    const now = t.clock.now().getTime();
    const windowStart = now - 30 * 86_400_000;
    const hour = 3_600_000;
    // Granted by an approver (so not the rep's own budget), at instants around the 30-day window's start.
    const grants = [
      { at: windowStart - 2 * 24 * hour, amount: 1_00 },
      { at: windowStart - hour, amount: 2_00 },
      { at: windowStart + hour, amount: 4_00 },
      { at: windowStart + 2 * 24 * hour, amount: 8_00 },
      { at: now, amount: 16_00 },
    ];
    await t.ctx.db
      .insertInto('resolutions')
      .values(
        grants.map((g) => ({
          organizationId: org.id,
          contactId: contact,
          customerId: customer.id,
          requestedBy: org.people.agent.id,
          type: 'refund',
          amountMinor: g.amount,
          currency: 'USD',
          idempotencyKey: randomUUID(),
          status: 'granted' as const,
          grantedAmountMinor: g.amount,
          withinAuthority: false,
          policyVersion: 1,
          decision: '{}',
          createdAt: new Date(g.at),
          decidedAt: new Date(g.at),
        })),
      )
      .execute();
    const me = (
      await agent.get(`/api/authority/me?customerId=${customer.id}&contactId=${contact}`)
    ).json();
    expect(me.usage.byType.refund.customerWindowMinor).toBe(4_00 + 8_00 + 16_00);
    expect(me.usage.contactTotalMinor).toBe(31_00);
    expect(me.usage.byType.refund.personDayMinor).toBe(await usedToday());
  });
});
