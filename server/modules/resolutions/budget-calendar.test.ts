import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/**
 * A rep's budget per day is the contact centre's day: it resets at midnight where the centre is
 * (America/Chicago for the fixture), not at midnight UTC.
 */
describe("a rep's day budget follows the organization's calendar", () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let contactId: string;

  beforeAll(async () => {
    // The test moves the clock across a night; the session must outlast it.
    t = await createTestApp({ env: { SESSION_TTL_HOURS: '72' } });
    org = await createFixtureOrganization(t.ctx.db, 'calendar');
    agent = await signIn(t.app, org.people.agent.email);
    contactId = (await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })).json().contact.id;
  });
  afterAll(() => t.close());

  const refund = async (amount: number) => {
    const response = await agent.post(`/api/contacts/${contactId}/resolutions`, { type: 'refund', amount, currency: 'USD', reason: 'late', idempotencyKey: randomUUID() });
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
});
