import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturePolicy } from '../../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { insertPublishedPolicy } from '../authority/commands/insert-published-policy.ts';

/**
 * A second record for the same person must not be a way around what the first one carries: a
 * chargeback flag, or the grants already counted against the customer's window.
 */
describe('duplicate customers', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let admin: TestClient;
  let supervisor: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'dupes');
    // The demo's rule (a chargeback history sends refunds to a Supervisor) and a customer window.
    await insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      personId: org.people.admin.id,
      note: 'duplicates',
      now: t.clock.now(),
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((r) =>
          r.type === 'refund'
            ? {
                ...r,
                perCustomerMinor:
                  100_00 * (fixturePolicy.levels.findIndex((l) => l.key === r.level) + 1),
              }
            : r,
        ),
        conditions: [
          {
            id: 'no_chargeback_refunds',
            description: 'The customer has a chargeback history; refunds go through a Supervisor',
            types: ['refund'],
            check: { kind: 'customer_flag_absent', flag: 'chargeback_history' },
            whenFails: { outcome: 'needs_approval', level: 'supervisor' },
          },
        ],
      },
    });
    agent = await signIn(t.app, org.people.agent.email);
    admin = await signIn(t.app, org.people.admin.email);
    supervisor = await signIn(t.app, org.people.supervisor.email);
  });
  afterAll(() => t.close());

  /** A customer as an import or the demo would leave one: written straight to the table. */
  async function insertCustomer(values: {
    name: string;
    phone?: string | null;
    email?: string | null;
    flags?: string[];
    lifetimeValueMinor?: number;
  }) {
    const row = await t.ctx.db
      .insertInto('customers')
      .values({
        organizationId: org.id,
        externalRef: `C-${randomUUID().slice(0, 8)}`,
        name: values.name,
        phone: values.phone ?? null,
        email: values.email ?? null,
        segment: 'regular',
        lifetimeValueMinor: values.lifetimeValueMinor ?? 0,
        currency: 'USD',
        flags: JSON.stringify(values.flags ?? []),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function refund(customerId: string, amount: number, contactId?: string) {
    const contact =
      contactId ??
      (
        await agent.post('/api/contacts', { customerId, channel: 'call', reason: 'Late delivery' })
      ).json().contact.id;
    const response = await agent.post(`/api/contacts/${contact}/resolutions`, {
      type: 'refund',
      amount,
      currency: 'USD',
      reason: 'Late delivery',
      idempotencyKey: randomUUID(),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().resolution as { status: string; approval?: { level: { key: string } } };
  }

  it('refuses a second customer with the same phone however it is written, naming the one to open instead', async () => {
    const flagged = await insertCustomer({
      name: 'Aleksander Harris',
      phone: '+13125550142',
      email: 'aleks.harris@example.com',
      flags: ['chargeback_history'],
    });
    for (const phone of ['(312) 555-0142', '312.555.0142', '+1 312 555 0142', '3125550142']) {
      const again = await agent.post('/api/customers', { name: 'Aleksander Harris', phone });
      expect(again.statusCode, phone).toBe(409);
      expect(again.json().error).toMatchObject({
        code: 'conflict',
        field: 'phone',
        existing: { id: flagged, name: 'Aleksander Harris' },
      });
    }
    const sameEmail = await agent.post('/api/customers', {
      name: 'A. Harris',
      email: 'Aleks.Harris@example.com',
    });
    expect(sameEmail.statusCode).toBe(409);
    expect(sameEmail.json().error).toMatchObject({
      field: 'email',
      existing: { id: flagged, name: 'Aleksander Harris' },
    });

    // So the rep opens the flagged one, and the $30 refund goes where the policy says.
    expect(await refund(flagged, 30_00)).toMatchObject({
      status: 'pending_approval',
      approval: { level: { key: 'supervisor' } },
    });
  });

  it('stores phone numbers in E.164 and refuses what is not a number, naming phone', async () => {
    const created = await agent.post('/api/customers', {
      name: 'Priya Nair',
      phone: '(414) 555-0177',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().customer.phone).toBe('+14145550177');
    for (const phone of ['555-0100', '123', 'call me', '+999 1234567']) {
      const bad = await agent.post('/api/customers', { name: 'Bad Number', phone });
      expect(bad.statusCode, phone).toBe(400);
      expect(bad.json().error.field, phone).toBe('phone');
    }
  });

  it('pops the one customer a call comes from, matching the number however the switch writes it', async () => {
    const id = await insertCustomer({ name: 'Caller Once', phone: '+16125550111' });
    // An admin may send telephony events too, as the switch's integration token does.
    const telephony = admin;
    for (const [i, from] of ['6125550111', '+1 (612) 555-0111', '1-612-555-0111'].entries()) {
      const pop = await telephony.post('/api/cti/events', {
        type: 'call.ringing',
        callId: `dupes-${i}`,
        from,
        agent: org.people.agent.email,
      });
      expect(pop.json(), from).toMatchObject({ matched: true, customerId: id });
    }
  });

  describe('an admin merges a duplicate into the customer who stays', () => {
    it('carries the flags over: the survivor is now refused what the flagged record was', async () => {
      const flagged = await insertCustomer({
        name: 'Marta Kowalski',
        phone: '+17735550161',
        flags: ['chargeback_history'],
        lifetimeValueMinor: 300_00,
      });
      const survivor = await insertCustomer({
        name: 'Marta Kowalski',
        email: 'marta.k@example.com',
        lifetimeValueMinor: 120_00,
      });
      expect((await refund(survivor, 30_00)).status).toBe('granted');

      const merged = await admin.post(`/api/customers/${survivor}/merge`, { duplicateId: flagged });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json().customer).toMatchObject({
        id: survivor,
        flags: ['chargeback_history'],
        // The empty phone is filled from the duplicate; the higher lifetime value stays.
        phone: '+17735550161',
        email: 'marta.k@example.com',
        lifetimeValue: { amountMinor: 300_00 },
        mergedIntoId: null,
      });
      expect(await refund(survivor, 30_00)).toMatchObject({
        status: 'pending_approval',
        approval: { level: { key: 'supervisor' } },
      });

      // The duplicate stays as a tombstone that points to the survivor, and is found no more.
      expect((await agent.get(`/api/customers/${flagged}`)).json().customer).toMatchObject({
        mergedIntoId: survivor,
        phone: null,
      });
      const found = (await agent.get('/api/customers?q=Marta'))
        .json()
        .customers.map((c: { id: string }) => c.id);
      expect(found).toEqual([survivor]);
      // The number moved to the survivor, whose calls now pop with the flag.
      const pop = await admin.post('/api/cti/events', {
        type: 'call.ringing',
        callId: 'marta-1',
        from: '(773) 555-0161',
        agent: org.people.agent.email,
      });
      expect(pop.json()).toMatchObject({ matched: true, customerId: survivor });
      // A rep who still had the duplicate on screen opens a contact for the survivor.
      expect(
        (await agent.post('/api/contacts', { customerId: flagged, channel: 'call' })).json().contact
          .customerId,
      ).toBe(survivor);
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['kind', 'actorId', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', '=', 'customer.merged')
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        actorId: org.people.admin.id,
        data: {
          survivor: { id: survivor, name: 'Marta Kowalski' },
          duplicate: { id: flagged, name: 'Marta Kowalski' },
        },
      });
    });

    it("carries the usage over: the survivor's window counts the duplicate's grants, on its contacts too", async () => {
      const duplicate = await insertCustomer({ name: 'Jonas Berg', phone: '+16305550123' });
      const survivor = await insertCustomer({
        name: 'Jonas Berg',
        phone: '+16305550124',
        email: 'jonas.berg@example.org',
      });
      expect((await refund(duplicate, 80_00)).status).toBe('granted');
      const openOnDuplicate = (
        await agent.post('/api/contacts', { customerId: duplicate, channel: 'chat' })
      ).json().contact.id as string;
      const versionsBefore = await t.ctx.db
        .selectFrom('customers')
        .select(['id', 'usageVersion'])
        .where('id', 'in', [survivor, duplicate])
        .execute();
      const agentVersion = async () =>
        (
          await t.ctx.db
            .selectFrom('people')
            .select('usageVersion')
            .where('id', '=', org.people.agent.id)
            .executeTakeFirstOrThrow()
        ).usageVersion;
      const agentVersionBefore = await agentVersion();

      expect(
        (await admin.post(`/api/customers/${survivor}/merge`, { duplicateId: duplicate }))
          .statusCode,
      ).toBe(200);
      // The rep's own budget did not change, so the merge leaves their row (and its lock) alone.
      expect(await agentVersion()).toBe(agentVersionBefore);
      // The survivor keeps their own number; a call from the duplicate's (their other line) pops them too.
      expect((await agent.get(`/api/customers/${survivor}`)).json().customer.phone).toBe(
        '+16305550124',
      );
      const pop = await admin.post('/api/cti/events', {
        type: 'call.ringing',
        callId: 'jonas-1',
        from: '630-555-0123',
        agent: org.people.agent.email,
      });
      expect(pop.json()).toMatchObject({ matched: true, customerId: survivor });

      const me = (await agent.get(`/api/authority/me?customerId=${survivor}`)).json();
      expect(me.usage.byType.refund.customerWindowMinor).toBe(80_00);
      // $80 + $50 is past the agent's $100 for one customer: without the merge, $50 on the survivor was fine.
      expect((await refund(survivor, 50_00)).status).toBe('pending_approval');
      // A contact that was open on the duplicate is now the survivor's, and counts there too.
      expect((await agent.get(`/api/contacts/${openOnDuplicate}`)).json().contact.customerId).toBe(
        survivor,
      );
      expect((await refund(survivor, 30_00, openOnDuplicate)).status).toBe('pending_approval');
      const profile = (await agent.get(`/api/customers/${survivor}`)).json().customer;
      expect(
        profile.resolutions.map((r: { grantedAmountMinor: number | null }) => r.grantedAmountMinor),
      ).toContain(80_00);
      // Both customers' usage changed, so a decision read before the merge cannot be written after it.
      const versionsAfter = await t.ctx.db
        .selectFrom('customers')
        .select(['id', 'usageVersion'])
        .where('id', 'in', [survivor, duplicate])
        .execute();
      for (const before of versionsBefore)
        expect(versionsAfter.find((a) => a.id === before.id)!.usageVersion).toBeGreaterThan(
          before.usageVersion,
        );
    });

    it('refuses merging a customer into itself, a merged one, or one with a request still waiting for approval', async () => {
      const one = await insertCustomer({ name: 'Solo Person' });
      const self = await admin.post(`/api/customers/${one}/merge`, { duplicateId: one });
      expect(self.statusCode).toBe(400);
      expect(self.json().error.field).toBe('duplicateId');

      const gone = await insertCustomer({ name: 'Gone Person' });
      expect(
        (await admin.post(`/api/customers/${one}/merge`, { duplicateId: gone })).statusCode,
      ).toBe(200);
      const twice = await admin.post(`/api/customers/${one}/merge`, { duplicateId: gone });
      expect(twice.statusCode).toBe(409);
      expect(
        (await admin.post(`/api/customers/${gone}/merge`, { duplicateId: one })).statusCode,
      ).toBe(409);

      const waiting = await insertCustomer({
        name: 'Waiting Person',
        flags: ['chargeback_history'],
      });
      expect((await refund(waiting, 20_00)).status).toBe('pending_approval');
      const pending = await admin.post(`/api/customers/${one}/merge`, { duplicateId: waiting });
      expect(pending.statusCode).toBe(409);
      expect(pending.json().error.message).toMatch(/waiting for approval/);
    });

    it("answers 404 for another organization's customer on either side, and only admins may merge", async () => {
      const foreign = await createFixtureOrganization(t.ctx.db, 'dupes-foreign');
      const mine = await insertCustomer({ name: 'Mine Only' });
      expect(
        (await admin.post(`/api/customers/${mine}/merge`, { duplicateId: foreign.customerId }))
          .statusCode,
      ).toBe(404);
      expect(
        (await admin.post(`/api/customers/${foreign.customerId}/merge`, { duplicateId: mine }))
          .statusCode,
      ).toBe(404);
      expect(
        (await supervisor.post(`/api/customers/${mine}/merge`, { duplicateId: org.customerId }))
          .statusCode,
      ).toBe(403);
      expect(
        (await agent.post(`/api/customers/${mine}/merge`, { duplicateId: org.customerId }))
          .statusCode,
      ).toBe(403);
    });
  });
});
