import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { createOrganization } from './commands/create-organization.ts';
import type { PolicyTemplateKey } from './policy-templates/policy-template.ts';

const PASSWORD = 'lantern orchard velvet';

type Start = { admin: TestClient; rep: TestClient; customerId: string; currency: string };

/**
 * Each template decides as the setup page describes it, checked the way a rep meets it: a new
 * organization from the template, a rep at its lowest level added by the admin, and the rep's
 * authority check for a customer (POST /api/authority/check, the engine the workspace uses).
 */
describe('policy templates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function start(
    slug: string,
    template: PolicyTemplateKey,
    currency = 'USD',
  ): Promise<Start> {
    const adminEmail = `admin@${slug}.example`;
    if (slug === 'first') {
      const response = await new TestClient(t.app).post('/api/setup', {
        organization: { slug, name: 'First', currency, timeZone: 'America/New_York' },
        admin: { email: adminEmail, name: 'Admin', password: PASSWORD },
        template,
        setupToken: t.ctx.config.setupToken,
      });
      expect(response.statusCode, response.body).toBe(200);
    } else {
      await createOrganization({
        db: t.ctx.db,
        organization: { slug, name: slug, currency, timeZone: 'Europe/Berlin' },
        admin: { email: adminEmail, name: 'Admin', password: PASSWORD },
        template,
        onlyIfFirst: false,
        now: t.ctx.now(),
      });
    }
    const admin = await signIn(t.app, adminEmail, PASSWORD);
    const policy = (await admin.get('/api/authority/policy')).json().policy;
    const levels = policy.document.levels as Array<{ key: string }>;
    const added = await admin.post('/api/people', {
      email: `rep@${slug}.example`,
      name: 'Rep',
      role: 'agent',
      levelKey: levels[0]!.key,
      password: PASSWORD,
    });
    expect(added.statusCode, added.body).toBe(201);
    const customer = await admin.post('/api/customers', { name: 'Sarah Mitchell' });
    expect(customer.statusCode, customer.body).toBe(201);
    const rep = await signIn(t.app, `rep@${slug}.example`, PASSWORD);
    return { admin, rep, customerId: customer.json().customer.id, currency };
  }

  async function check(s: Start, type: string, amount: number) {
    const response = await s.rep.post('/api/authority/check', {
      customerId: s.customerId,
      type,
      amount,
      currency: s.currency,
    });
    expect(response.statusCode, response.body).toBe(200);
    const decision = response.json().decision;
    return { outcome: decision.outcome, requiredLevel: decision.requiredLevel?.key ?? null };
  }

  it('the $100 rule: 99 and 100 on anything are granted, 101 goes to a supervisor', async () => {
    const s = await start('first', 'hundred-dollar-rule');
    for (const type of ['refund', 'goodwill_gift', 'policy_exception']) {
      expect(await check(s, type, 99_00)).toEqual({
        outcome: 'within_authority',
        requiredLevel: null,
      });
      expect(await check(s, type, 100_00)).toEqual({
        outcome: 'within_authority',
        requiredLevel: null,
      });
      expect(await check(s, type, 101_00)).toEqual({
        outcome: 'needs_approval',
        requiredLevel: 'supervisor',
      });
    }
  });

  it('tiered: an Agent refunds up to 100, and each amount above goes to the lowest level that covers it', async () => {
    const s = await start('tiered', 'tiered');
    expect(await check(s, 'refund', 100_00)).toEqual({
      outcome: 'within_authority',
      requiredLevel: null,
    });
    expect(await check(s, 'refund', 200_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'senior_agent',
    });
    expect(await check(s, 'refund', 400_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'supervisor',
    });
    expect(await check(s, 'refund', 900_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'manager',
    });
    expect(await check(s, 'refund', 1_500_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'director',
    });
    expect((await check(s, 'refund', 2_500_00)).outcome).toBe('not_allowed');
  });

  it('hospitality: up to 2,000 for a guest worth 250,000, 500 for a new guest; beyond, a manager', async () => {
    const s = await start('ritz', 'hospitality');
    expect(await check(s, 'room_upgrade', 500_00)).toEqual({
      outcome: 'within_authority',
      requiredLevel: null,
    });
    expect(await check(s, 'room_upgrade', 600_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'manager',
    });
    // A regular guest's lifetime value, as an import of the guest records would set it.
    await t.ctx.db
      .updateTable('customers')
      .set({ lifetimeValueMinor: 250_000_00 })
      .where('id', '=', s.customerId)
      .execute();
    expect(await check(s, 'room_upgrade', 2_000_00)).toEqual({
      outcome: 'within_authority',
      requiredLevel: null,
    });
    expect(await check(s, 'room_upgrade', 2_001_00)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'manager',
    });

    // 2,000 per guest across every gesture of one conversation, not 2,000 per kind of gesture.
    const contact = await s.rep.post('/api/contacts', {
      customerId: s.customerId,
      channel: 'call',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const contactId = contact.json().contact.id;
    const granted = await s.rep.post(`/api/contacts/${contactId}/resolutions`, {
      type: 'room_upgrade',
      amount: 1_500_00,
      currency: 'USD',
      idempotencyKey: 'ritz-upgrade-1',
    });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().resolution.status).toBe('granted');
    const more = await s.rep.post('/api/authority/check', {
      customerId: s.customerId,
      contactId,
      type: 'late_checkout',
      amount: 600_00,
      currency: 'USD',
    });
    expect(more.json().decision).toMatchObject({
      outcome: 'needs_approval',
      requiredLevel: { key: 'manager' },
    });
  });

  it("speaks the organization's currency in its minor units", async () => {
    const s = await start('tokyo', 'hundred-dollar-rule', 'JPY');
    const policy = (await s.admin.get('/api/authority/policy')).json().policy;
    expect(policy.version).toBe(1);
    expect(policy.document.currency).toBe('JPY');
    expect(await check(s, 'refund', 100)).toEqual({
      outcome: 'within_authority',
      requiredLevel: null,
    });
    expect(await check(s, 'refund', 101)).toEqual({
      outcome: 'needs_approval',
      requiredLevel: 'supervisor',
    });
  });

  it('is published as version 1 and the admin can change it at once', async () => {
    const s = await start('editable', 'hundred-dollar-rule');
    const published = (await s.admin.get('/api/authority/policy')).json().policy;
    expect(published).toMatchObject({ version: 1, status: 'published' });
    const document = structuredClone(published.document);
    for (const rule of document.rules) if (rule.level === 'agent') rule.perIncidentMinor = 150_00;
    const saved = await s.admin.put('/api/authority/policy/draft', { document });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().issues).toEqual([]);
    const publish = await s.admin.post('/api/authority/policy/publish', {
      note: 'Raise the rule to 150',
    });
    expect(publish.statusCode, publish.body).toBe(200);
    expect(await check(s, 'refund', 150_00)).toEqual({
      outcome: 'within_authority',
      requiredLevel: null,
    });
  });
});
