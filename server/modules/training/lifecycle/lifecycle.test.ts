import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturePolicy } from '../../../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { insertPublishedPolicy } from '../../authority/commands/insert-published-policy.ts';
import { sweepCertifications } from './sweep-certifications.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Issue 14: a certificate's lapse, its renewal reminder, and the knowledge licence it grants. */
describe('the certification lifecycle', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let trainer: TestClient;

  const sweep = () => sweepCertifications({ db: t.ctx.db, now: t.clock.now() });
  /** Sessions time out as the clock moves, so each jump signs in again. */
  const later = async (ms: number) => {
    t.clock.advance(ms);
    agent = await signIn(t.app, org.people.agent.email);
    trainer = await signIn(t.app, org.people.trainer.email);
  };
  const check = (amount: number) =>
    agent
      .post('/api/authority/check', {
        customerId: org.customerId,
        type: 'refund',
        amount,
        currency: 'USD',
      })
      .then((r) => r.json().decision as { outcome: string; reasons: string[] });
  const eventsOf = (personId: string, type: string) =>
    t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('recipientId', '=', personId)
      .where('type', '=', type)
      .orderBy('id')
      .execute()
      .then((rows) => rows.map((r) => r.data));
  const ledger = (kind: string) =>
    t.ctx.db
      .selectFrom('ledgerEntries')
      .select('data')
      .where('organizationId', '=', org.id)
      .where('kind', '=', kind)
      .orderBy('seq')
      .execute()
      .then((rows) => rows.map((r) => r.data));
  const licenceOf = (personId: string) =>
    t.ctx.db
      .selectFrom('knowledgeLicences')
      .select('licence')
      .where('personId', '=', personId)
      .executeTakeFirst()
      .then((row) => row?.licence ?? null);
  const signOff = async (personId: string) => {
    const response = await trainer.post('/api/training/certifications', {
      personId,
      certificationKey: 'refunds_ii',
      note: 'Watched three refunds on calls',
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().certification as { id: string; expiresAt: string };
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'lifecycle');
    agent = await signIn(t.app, org.people.agent.email);
    trainer = await signIn(t.app, org.people.trainer.email);
    const admin = await signIn(t.app, org.people.admin.email);
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
    const catalogue = await trainer.post('/api/training/catalogue', {
      key: 'refunds_ii',
      title: 'Refunds II',
      validityMonths: 1,
      recertWindowDays: 7,
      grantsLicence: 'contributor',
    });
    expect(catalogue.statusCode, catalogue.body).toBe(201);
    expect(catalogue.json().certification.grantsLicence).toBe('contributor');
    const grace = await admin.patch('/api/organization', { certificationGraceDays: 2 });
    expect(grace.statusCode, grace.body).toBe(200);
  });
  afterAll(() => t?.close());

  it('reminds once inside the window, and past expiry plus grace the check needs approval again, with the reason; the lapse is ledgered once', async () => {
    // 20 Nov 15:00: the sign-off expires on 20 Dec, the window opens on 13 Dec, grace ends 22 Dec.
    const held = await signOff(org.people.agent.id);
    expect(held.expiresAt).toBe('2026-12-20T15:00:00.000Z');
    expect((await check(200_00)).outcome).toBe('within_authority');
    expect(await sweep()).toEqual({ lapsed: 0, reminded: 0 });
    expect((await agent.get('/api/training/me')).json().renewals).toEqual([]);

    await later(24 * DAY); // 14 Dec: inside the window
    expect(await sweep()).toEqual({ lapsed: 0, reminded: 1 });
    expect(await sweep()).toEqual({ lapsed: 0, reminded: 0 });
    expect(await eventsOf(org.people.agent.id, 'training.renewal_due')).toEqual([
      {
        certificationId: held.id,
        certificationKey: 'refunds_ii',
        title: 'Refunds II',
        renewBy: '2026-12-20T15:00:00.000Z',
      },
    ]);
    const me = (await agent.get('/api/training/me')).json();
    expect(me.renewals).toEqual([
      {
        certificationId: held.id,
        key: 'refunds_ii',
        title: 'Refunds II',
        renewBy: '2026-12-20T15:00:00.000Z',
        courseId: null,
      },
    ]);

    await later(7 * DAY); // 21 Dec: expired, inside the grace
    expect((await check(200_00)).outcome).toBe('within_authority');
    expect(await sweep()).toEqual({ lapsed: 0, reminded: 0 });

    await later(2 * DAY); // 23 Dec: past the grace. Decisions read validity at their own time.
    const lapsed = await check(200_00);
    expect(lapsed.outcome).toBe('needs_approval');
    expect(lapsed.reasons).toContain(
      'Your Refunds II certification expired on 20 Dec 2026; while it was in force you could decide refund up to $250 on your own.',
    );
    expect(await sweep()).toEqual({ lapsed: 1, reminded: 0 });
    expect(await sweep()).toEqual({ lapsed: 0, reminded: 0 });
    expect(await ledger('training.certification_expired')).toEqual([
      {
        personId: org.people.agent.id,
        certification: 'refunds_ii',
        certificationId: held.id,
        expiresAt: '2026-12-20T15:00:00.000Z',
      },
    ]);
    expect(await eventsOf(org.people.agent.id, 'training.certification_changed')).toEqual([
      { certificationKey: 'refunds_ii', change: 'awarded' },
      { certificationKey: 'refunds_ii', change: 'expired' },
    ]);
    expect((await agent.get('/api/training/me')).json().renewals).toEqual([]);

    // A real request reads the same lapse from the decision inputs, and its reasons say so.
    const contact = (
      await agent.post('/api/contacts', {
        customerId: org.customerId,
        channel: 'call',
        reason: 'Late delivery',
      })
    ).json().contact.id;
    const resolution = await agent.post(`/api/contacts/${contact}/resolutions`, {
      type: 'refund',
      amount: 200_00,
      currency: 'USD',
      reason: 'Late delivery',
      idempotencyKey: randomUUID(),
    });
    expect(resolution.statusCode, resolution.body).toBe(201);
    expect(resolution.json().resolution.status).toBe('pending_approval');
    expect(resolution.json().resolution.decision.reasons).toContain(
      'Your Refunds II certification expired on 20 Dec 2026; while it was in force you could decide refund up to $250 on your own.',
    );
  });

  it('the lapse withdrew the knowledge licence the award granted, ledgered', async () => {
    expect(await licenceOf(org.people.agent.id)).toBeNull();
    expect(await ledger('knowledge.licence_granted')).toEqual([
      expect.objectContaining({
        personId: org.people.agent.id,
        licence: 'contributor',
        previous: null,
        change: 'awarded',
      }),
      expect.objectContaining({
        personId: org.people.agent.id,
        licence: null,
        previous: 'contributor',
        change: 'expired',
      }),
    ]);
  });

  it('an award never lowers a higher licence, and its revocation leaves it', async () => {
    await t.ctx.db
      .insertInto('knowledgeLicences')
      .values({
        personId: org.people.agent2.id,
        organizationId: org.id,
        licence: 'publisher',
        grantedBy: org.people.admin.id,
        grantedAt: t.clock.now(),
      })
      .execute();
    const held = await signOff(org.people.agent2.id);
    expect(await licenceOf(org.people.agent2.id)).toBe('publisher');
    const revoked = await trainer.post(`/api/training/certifications/${held.id}/revoke`, {
      reason: 'Signed off by mistake',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(await licenceOf(org.people.agent2.id)).toBe('publisher');
  });

  it('a renewal carries the licence over, and a revocation withdraws what it granted', async () => {
    await signOff(org.people.agent.id);
    expect(await licenceOf(org.people.agent.id)).toBe('contributor');
    const renewed = await signOff(org.people.agent.id);
    expect(await licenceOf(org.people.agent.id)).toBe('contributor');
    const revoked = await trainer.post(`/api/training/certifications/${renewed.id}/revoke`, {
      reason: 'Granted outside policy',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(await licenceOf(org.people.agent.id)).toBeNull();
    expect((await ledger('knowledge.licence_granted')).at(-1)).toMatchObject({
      personId: org.people.agent.id,
      licence: null,
      previous: 'contributor',
      change: 'revoked',
    });
  });
});
