import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { previewDecision, previewPerson } from '../../../app/features/workspace/preview.ts';
import { compilePolicy } from '../../../domain/authority/compile.ts';
import { policyDocumentSchema } from '../../../domain/authority/policy.ts';
import { fixturePolicy } from '../../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertPublishedPolicy } from './commands/insert-published-policy.ts';

/**
 * Issue 14: "when one lapses, the preview says why". /api/authority/me carries the certificates the
 * engine reads, lapsed ones with their expiry, so the workspace's preview gives the server's reasons.
 */
describe('lapsed certifications in /api/authority/me', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'lapsed-me');
    agent = await signIn(t.app, org.people.agent.email);
    await insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((rule) =>
          rule.level === 'agent' && rule.type === 'refund'
            ? { ...rule, certified: { certification: 'refunds_ii', perIncidentMinor: 250_00 } }
            : rule,
        ),
      },
      personId: org.people.admin.id,
      note: 'refunds_ii tier',
      now: t.clock.now(),
    });
    const certificate = (certification: string, issuedAt: string, expiresAt: string) => ({
      organizationId: org.id,
      personId: org.people.agent.id,
      certification,
      issuedAt: new Date(issuedAt),
      expiresAt: new Date(expiresAt),
    });
    await t.ctx.db
      .insertInto('personCertifications')
      .values([
        certificate('refunds_ii', '2025-11-01T00:00:00Z', '2026-11-03T00:00:00Z'),
        certificate('goodwill_gifts', '2026-10-01T00:00:00Z', '2027-10-01T00:00:00Z'),
      ])
      .execute();
  });
  afterAll(() => t.close());

  it('lists what I hold and what lapsed, with its expiry', async () => {
    const response = await agent.get(`/api/authority/me?customerId=${org.customerId}`);
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.certifications).toContain('goodwill_gifts');
    expect(me.certifications).not.toContain('refunds_ii');
    expect(me.lapsedCertifications).toEqual([
      { key: 'refunds_ii', expiredAt: '2026-11-03T00:00:00.000Z' },
    ]);
  });

  it("gives the browser's preview the server's reasons, the lapse included", async () => {
    const me = (await agent.get(`/api/authority/me?customerId=${org.customerId}`)).json();
    const { policy } = (await agent.get('/api/authority/policy')).json();
    const { customer } = (await agent.get(`/api/customers/${org.customerId}`)).json();
    const session = (await agent.get('/api/me')).json();
    const server = (
      await agent.post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount: 200_00,
        currency: 'USD',
      })
    ).json().decision;
    const lapse =
      'Your Refunds II certification expired on 3 Nov 2026; while it was in force you could decide refund up to $250 on your own.';
    expect(server.reasons).toContain(lapse);

    const browser = previewDecision({
      policy: compilePolicy({
        ...policyDocumentSchema.parse(policy.document),
        version: policy.version,
      }),
      person: previewPerson(session.person, me),
      customer,
      usage: me.usage,
      type: 'refund',
      amountMinor: 200_00,
      orderAgeDays: null,
      at: t.clock.now().getTime(),
    });
    expect(browser.outcome).toBe(server.outcome);
    expect(browser.reasons).toEqual(server.reasons);
  });
});
