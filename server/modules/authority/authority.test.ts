import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('authority over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'auth');
    agent = await signIn(t.app, org.people.agent.email);
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(() => t.close());

  it('tells a rep what they may still do alone for a customer, per type', async () => {
    const response = await agent.get(`/api/authority/me?customerId=${org.customerId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.level).toMatchObject({ key: 'agent' });
    const refund = body.allowances.find((a: { type: string }) => a.type === 'refund');
    expect(refund).toMatchObject({ maxWithinAuthorityMinor: 100_00, reasonRequired: true });
    const gift = body.allowances.find((a: { type: string }) => a.type === 'goodwill_gift');
    expect(gift).toMatchObject({ maxWithinAuthorityMinor: 0, fixedAmountMinor: 35_00 });
    expect(gift.blockedBy[0]).toContain('certification');
  });

  it('checks a request without side effects, in plain words', async () => {
    const within = (
      await agent.post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount: 40_00,
        currency: 'USD',
      })
    ).json().decision;
    expect(within.outcome).toBe('within_authority');
    const over = (
      await agent.post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount: 140_00,
        currency: 'USD',
      })
    ).json().decision;
    expect(over).toMatchObject({
      outcome: 'needs_approval',
      requiredLevel: { key: 'senior_agent' },
      policyVersion: 1,
    });
    expect(over.reasons[0]).toBe(
      'Refund: up to $100 per incident at your level (Agent); this is $140.',
    );
  });

  it.each([
    [{ customerId: 'x', type: 'refund', amount: 1, currency: 'USD' }, 'customerId'],
    [{ type: 'refund', amount: 1, currency: 'USD' }, 'customerId'],
    [
      {
        customerId: '00000000-0000-4000-8000-000000000000',
        type: 'refund',
        amount: 1.5,
        currency: 'USD',
      },
      'amount',
    ],
    [
      {
        customerId: '00000000-0000-4000-8000-000000000000',
        type: 'refund',
        amount: -1,
        currency: 'USD',
      },
      'amount',
    ],
    [
      {
        customerId: '00000000-0000-4000-8000-000000000000',
        type: 'refund',
        amount: 1,
        currency: 'dollars',
      },
      'currency',
    ],
  ])('refuses a malformed check %j naming %s', async (body, field) => {
    const response = await agent.post('/api/authority/check', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('answers 404 for a customer of another organization', async () => {
    const other = await createFixtureOrganization(t.ctx.db, 'auth-other');
    const response = await agent.post('/api/authority/check', {
      customerId: other.customerId,
      type: 'refund',
      amount: 1,
      currency: 'USD',
    });
    expect(response.statusCode).toBe(404);
  });

  it('shows everyone the published policy and exports it as Cedar', async () => {
    const { policy } = (await agent.get('/api/authority/policy')).json();
    expect(policy).toMatchObject({ version: 1, status: 'published' });
    const cedar = await agent.get('/api/authority/policy/cedar');
    expect(cedar.headers['content-type']).toContain('text/plain');
    expect(cedar.body).toContain(
      'permit (principal, action == Leeway::Action::"resolve", resource)',
    );
  });

  it('lets an admin draft, see problems in place, and publish a new version; reps see the change at once', async () => {
    const { policy } = (await admin.get('/api/authority/policy')).json();
    const broken = structuredClone(policy.document);
    broken.rules.find(
      (r: { level: string; type: string }) => r.level === 'supervisor' && r.type === 'refund',
    ).perIncidentMinor = 50_00;
    const saved = await admin.put('/api/authority/policy/draft', { document: broken });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().issues[0]).toMatchObject({
      level: 'supervisor',
      type: 'refund',
      field: 'perIncidentMinor',
    });
    const refused = await admin.post('/api/authority/policy/publish', { note: 'try' });
    expect(refused.statusCode).toBe(400);

    const raised = structuredClone(policy.document);
    raised.rules.find(
      (r: { level: string; type: string }) => r.level === 'agent' && r.type === 'refund',
    ).perIncidentMinor = 150_00;
    expect(
      (await admin.put('/api/authority/policy/draft', { document: raised })).json().issues,
    ).toEqual([]);
    const published = await admin.post('/api/authority/policy/publish', {
      note: 'Agents may refund up to $150',
    });
    expect(published.json()).toEqual({ version: 2, status: 'published', raises: [] });
    const decision = (
      await agent.post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount: 140_00,
        currency: 'USD',
      })
    ).json().decision;
    expect(decision).toMatchObject({ outcome: 'within_authority', policyVersion: 2 });
    expect(
      (await admin.get('/api/authority/policy/versions'))
        .json()
        .versions.map((v: { version: number }) => v.version),
    ).toEqual([2, 1]);
  });

  it("refuses to save over another admin's newer draft, exports a valid draft as Cedar, and tells open screens of a publish", async () => {
    const { policy } = (await admin.get('/api/authority/policy')).json();
    const first = (
      await admin.put('/api/authority/policy/draft', { document: policy.document })
    ).json().draft;
    t.clock.advance(1_000);
    expect(
      (
        await admin.put('/api/authority/policy/draft', {
          document: policy.document,
          baseUpdatedAt: first.updatedAt,
        })
      ).statusCode,
    ).toBe(200);
    const stale = await admin.put('/api/authority/policy/draft', {
      document: policy.document,
      baseUpdatedAt: first.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.field).toBe('baseUpdatedAt');

    const cedar = await admin.get('/api/authority/policy/cedar?draft=true');
    expect(cedar.statusCode).toBe(200);
    expect((await agent.get('/api/authority/policy/cedar?draft=true')).statusCode).toBe(403);

    await t.ctx.db
      .insertInto('personPresence')
      .values({
        personId: org.people.agent.id,
        organizationId: org.id,
        connectedUntil: new Date('2030-01-01T00:00:00Z'),
        updatedAt: t.clock.now(),
      })
      .execute();
    const { version } = (
      await admin.post('/api/authority/policy/publish', { note: 'Same again' })
    ).json();
    const events = await t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('recipientId', '=', org.people.agent.id)
      .where('type', '=', 'policy.published')
      .execute();
    expect(events.map((e) => e.data)).toContainEqual({ version });
  });

  it('refuses a structurally wrong draft naming the field', async () => {
    const response = await admin.put('/api/authority/policy/draft', {
      document: { currency: 'USD', levels: [], resolutionTypes: [], rules: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('document.levels');
  });

  it('keeps published versions immutable in the database itself', async () => {
    await expect(
      sql`update authority_policies set note = 'rewritten' where organization_id = ${org.id} and version = 1`.execute(
        t.ctx.db,
      ),
    ).rejects.toThrow(/immutable/);
    await expect(
      sql`delete from authority_policies where organization_id = ${org.id} and version = 1`.execute(
        t.ctx.db,
      ),
    ).rejects.toThrow(/immutable/);
  });

  it('lets only admins manage the policy', async () => {
    expect((await agent.put('/api/authority/policy/draft', { document: {} })).statusCode).toBe(403);
    expect((await agent.post('/api/authority/policy/publish', { note: 'x' })).statusCode).toBe(403);
  });
});
