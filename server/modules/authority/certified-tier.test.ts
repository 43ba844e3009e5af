import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturePolicy } from '../../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertPublishedPolicy } from './commands/insert-published-policy.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Issue 14: a certificate raises the agent's refund limit while it is in force, and its lapse is explained. */
describe('a certified tier over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let admin: TestClient;
  const refund = (amount: number) =>
    agent
      .post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount,
        currency: 'USD',
      })
      .then((r) => r.json().decision);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'certified');
    agent = await signIn(t.app, org.people.agent.email);
    admin = await signIn(t.app, org.people.admin.email);
    await insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((rule) =>
          rule.level === 'agent' && rule.type === 'refund'
            ? {
                ...rule,
                certified: {
                  certification: 'refunds_ii',
                  perIncidentMinor: 250_00,
                  perDayMinor: 500_00,
                },
              }
            : rule,
        ),
      },
      personId: org.people.admin.id,
      note: 'refunds_ii tier',
      now: t.clock.now(),
    });
  });
  afterAll(() => t.close());

  it("lists what the certificate unlocks beside the agent's refund allowance", async () => {
    const me = (await agent.get(`/api/authority/me?customerId=${org.customerId}`)).json();
    const refund = me.allowances.find((a: { type: string }) => a.type === 'refund');
    expect(refund.unlocks).toEqual([
      {
        certification: 'refunds_ii',
        perIncidentMinor: 250_00,
        held: false,
        line: 'Pass Refunds II to decide refund up to $250 on your own',
      },
    ]);
    const gift = me.allowances.find((a: { type: string }) => a.type === 'goodwill_gift');
    expect(gift.unlocks).toEqual([]);
  });

  it('needs approval without the certificate, and says what would unlock it', async () => {
    const decision = await refund(200_00);
    expect(decision).toMatchObject({ outcome: 'needs_approval', policyVersion: 2 });
    expect(decision.reasons).toContain('Pass Refunds II to decide refund up to $250 on your own.');
  });

  it('grants up to the certified limit while the certificate is in force, then explains its lapse', async () => {
    await t.ctx.db
      .insertInto('personCertifications')
      .values({
        organizationId: org.id,
        personId: org.people.agent.id,
        certification: 'refunds_ii',
        issuedAt: new Date('2026-11-01T00:00:00Z'),
        expiresAt: new Date('2026-11-25T00:00:00Z'),
      })
      .execute();
    const me = (await agent.get(`/api/authority/me?customerId=${org.customerId}`)).json();
    const refundAllowance = me.allowances.find((a: { type: string }) => a.type === 'refund');
    expect(refundAllowance.maxWithinAuthorityMinor).toBe(250_00);
    expect(refundAllowance.unlocks[0]).toMatchObject({
      held: true,
      line: 'Refunds II: up to $250',
    });
    const within = await refund(200_00);
    expect(within.outcome).toBe('within_authority');
    expect(within.reasons[0]).toBe(
      'Refund: up to $250 per incident with your Refunds II certification at your level (Agent); this is $200.',
    );
    // The tier raises the limit; it does not lift one: $260 still needs a Supervisor.
    expect((await refund(260_00)).outcome).toBe('needs_approval');

    // The organization allows three days' grace, so the day after expiry still counts.
    const grace = await admin.patch('/api/organization', { certificationGraceDays: 3 });
    expect(grace.statusCode).toBe(200);
    expect(grace.json().organization.certificationGraceDays).toBe(3);
    // Sessions time out as the clock moves, so each jump signs in again.
    t.clock.advance(6 * DAY); // 26 Nov 15:00
    agent = await signIn(t.app, org.people.agent.email);
    expect((await refund(200_00)).outcome).toBe('within_authority');

    t.clock.advance(3 * DAY); // 29 Nov 15:00: past 25 Nov + 3 days
    agent = await signIn(t.app, org.people.agent.email);
    admin = await signIn(t.app, org.people.admin.email);
    const lapsed = await refund(200_00);
    expect(lapsed.outcome).toBe('needs_approval');
    expect(lapsed.reasons).toContain(
      'Your Refunds II certification expired on 25 Nov 2026; while it was in force you could decide refund up to $250 on your own.',
    );
  });

  it('refuses a grace outside 0–365 days, naming the field, and lets only an admin set it', async () => {
    for (const days of [-1, 366, 1.5]) {
      const response = await admin.patch('/api/organization', { certificationGraceDays: days });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('certificationGraceDays');
    }
    const byAgent = await agent.patch('/api/organization', { certificationGraceDays: 365 });
    expect(byAgent.statusCode).toBe(403);
  });
});
