import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { UsageError } from '../../../cli/command.ts';
import { createTokenCommand } from '../../../cli/commands/create-token.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { hashPassword } from '../auth/password.ts';

type Override = {
  id: string;
  personId: string;
  type: string;
  perIncidentMinor?: number;
  startsAt: string;
  expiresAt: string;
};
const override = (personId: string, perIncidentMinor: number): Override => ({
  id: `o_${randomUUID().slice(0, 8)}`,
  personId,
  type: 'refund',
  perIncidentMinor,
  startsAt: '2026-01-01T00:00:00Z',
  expiresAt: '2027-06-01T00:00:00Z',
});

/** Separation of duties: nobody approves, overrides or raises their own authority, however they try. */
describe('four eyes', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let secondAdmin: TestClient;
  let secondAdminId: string;
  let solo: FixtureOrganization;
  let soloAdmin: TestClient;

  const addPerson = async (
    organizationId: string,
    email: string,
    role: 'admin' | 'approver',
    levelKey: string,
  ) => {
    const level = await t.ctx.db
      .selectFrom('authorityLevels')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('key', '=', levelKey)
      .executeTakeFirstOrThrow();
    const row = await t.ctx.db
      .insertInto('people')
      .values({
        organizationId,
        email,
        name: `Second ${role}`,
        role,
        levelId: level.id,
        passwordHash: await hashPassword(FIXTURE_PASSWORD),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const policyOf = async (client: TestClient) =>
    (await client.get('/api/authority/policy')).json().policy.document;
  const withRaisedManagerRefunds = (document: {
    rules: Array<{ level: string; type: string; perIncidentMinor: number }>;
  }) => {
    const raised = structuredClone(document);
    raised.rules.find((r) => r.level === 'manager' && r.type === 'refund')!.perIncidentMinor =
      5_000_00;
    return raised;
  };

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'eyes');
    solo = await createFixtureOrganization(t.ctx.db, 'solo');
    secondAdminId = await addPerson(org.id, 'admin2@eyes.test', 'admin', 'manager');
    admin = await signIn(t.app, org.people.admin.email);
    secondAdmin = await signIn(t.app, 'admin2@eyes.test');
    soloAdmin = await signIn(t.app, solo.people.admin.email);
  });
  afterAll(() => t.close());

  describe('tokens that act as a person', () => {
    it('are created only by that person, and record who created every token', async () => {
      const forDirector = await admin.post('/api/tokens', {
        name: 'act as the manager',
        personId: org.people.manager.id,
      });
      expect(forDirector.statusCode).toBe(403);
      expect(forDirector.json().error).toMatchObject({
        field: 'personId',
        message: 'A token that acts as a person can only be created by that person',
      });

      const own = await admin.post('/api/tokens', {
        name: 'my script',
        personId: org.people.admin.id,
      });
      expect(own.statusCode).toBe(201);
      expect(own.json().apiToken).toMatchObject({
        person: { id: org.people.admin.id },
        createdBy: { id: org.people.admin.id },
      });
      const integration = await admin.post('/api/tokens', { name: 'CRM' });
      expect(integration.json().apiToken).toMatchObject({
        person: null,
        createdBy: { id: org.people.admin.id },
      });
    });

    it('are refused by the CLI, whose operator is not the person', async () => {
      await expect(
        createTokenCommand.run([
          '--org',
          'eyes',
          '--name',
          'x',
          '--user',
          org.people.manager.email,
        ]),
      ).rejects.toBeInstanceOf(UsageError);
    });

    it('leave a ledger entry that names the token and its creator beside the person acted as', async () => {
      const agent = await signIn(t.app, org.people.agent.email);
      const contact = (
        await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
      ).json().contact.id;
      const pending = (
        await agent.post(`/api/contacts/${contact}/resolutions`, {
          type: 'refund',
          amount: 150_00,
          currency: 'USD',
          reason: 'Broken',
          idempotencyKey: randomUUID(),
        })
      ).json().resolution;
      const { token, apiToken } = (
        await admin.post('/api/tokens', {
          name: 'approvals from my phone',
          personId: org.people.admin.id,
        })
      ).json();
      expect(
        (
          await new TestClient(t.app, token).post(`/api/approvals/${pending.approval.id}/approve`, {
            note: 'ok',
          })
        ).json(),
      ).toEqual({ status: 'approved' });
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['actorId', 'data'])
        .where('approvalId', '=', pending.approval.id)
        .where('kind', '=', 'approval.approved')
        .executeTakeFirstOrThrow();
      expect(entry.actorId).toBe(org.people.admin.id);
      expect(entry.data).toMatchObject({
        token: { tokenId: apiToken.id, createdBy: org.people.admin.id },
      });
    });
  });

  describe('people', () => {
    it('nobody changes their own level or role; another admin may', async () => {
      const level = await admin.patch(`/api/people/${org.people.admin.id}`, {
        levelKey: 'manager',
      });
      expect(level.statusCode).toBe(200); // the same level is no change
      const raise = await admin.patch(`/api/people/${secondAdminId}`, { levelKey: 'supervisor' });
      expect(raise.statusCode).toBe(200);
      const self = await secondAdmin.patch(`/api/people/${secondAdminId}`, { levelKey: 'manager' });
      expect(self.statusCode).toBe(403);
      expect(self.json().error.field).toBe('levelKey');
      const role = await secondAdmin.patch(`/api/people/${secondAdminId}`, { role: 'approver' });
      expect(role.statusCode).toBe(403);
      expect(role.json().error.field).toBe('role');
      expect(
        (await admin.patch(`/api/people/${secondAdminId}`, { levelKey: 'manager' })).statusCode,
      ).toBe(200);
      // Every change of standing is in the ledger, naming who made it; refused and no-op ones are not.
      const trail = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['actorId', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', '=', 'person.authority_changed')
        .orderBy('seq')
        .execute();
      expect(trail).toEqual([
        {
          actorId: org.people.admin.id,
          data: {
            personId: secondAdminId,
            before: { levelKey: 'manager' },
            after: { levelKey: 'supervisor' },
          },
        },
        {
          actorId: org.people.admin.id,
          data: {
            personId: secondAdminId,
            before: { levelKey: 'supervisor' },
            after: { levelKey: 'manager' },
          },
        },
      ]);
    });

    it('records who added a person, with the role and level they were given', async () => {
      const added = await admin.post('/api/people', {
        email: 'newcomer@eyes.test',
        name: 'New Comer',
        role: 'approver',
        levelKey: 'supervisor',
      });
      expect(added.statusCode).toBe(201);
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['actorId', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', '=', 'person.created')
        .executeTakeFirstOrThrow();
      expect(entry).toEqual({
        actorId: org.people.admin.id,
        data: {
          personId: added.json().person.id,
          email: 'newcomer@eyes.test',
          role: 'approver',
          levelKey: 'supervisor',
        },
      });
    });

    it('keeps the last admin: two admins demoting each other at once leave one', async () => {
      const third = await addPerson(org.id, 'admin3@eyes.test', 'admin', 'agent');
      const fourth = await addPerson(org.id, 'admin4@eyes.test', 'admin', 'agent');
      const [c3, c4] = await Promise.all([
        signIn(t.app, 'admin3@eyes.test'),
        signIn(t.app, 'admin4@eyes.test'),
      ]);
      // Demote the two original admins first, so the newcomers are the only ones left.
      expect(
        (await c3.patch(`/api/people/${org.people.admin.id}`, { role: 'approver' })).statusCode,
      ).toBe(200);
      expect(
        (await c3.patch(`/api/people/${secondAdminId}`, { role: 'approver' })).statusCode,
      ).toBe(200);
      const answers = await Promise.all([
        c3.patch(`/api/people/${fourth}`, { role: 'agent' }),
        c4.patch(`/api/people/${third}`, { role: 'agent' }),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
      const admins = await t.ctx.db
        .selectFrom('people')
        .select('id')
        .where('organizationId', '=', org.id)
        .where('role', '=', 'admin')
        .execute();
      expect(admins).toHaveLength(1);
      const last = admins[0]!.id === third ? c3 : c4;
      expect((await last.patch(`/api/people/${admins[0]!.id}`, { active: false })).statusCode).toBe(
        400,
      );
      // Put things back for the tests below.
      await last.patch(`/api/people/${org.people.admin.id}`, { role: 'admin' });
      await last.patch(`/api/people/${secondAdminId}`, { role: 'admin' });
    });
  });

  describe('the policy', () => {
    it("refuses overrides for nobody, for another organization's person, and for oneself", async () => {
      const document = await policyOf(admin);
      for (const personId of ['not-a-person', solo.people.agent.id]) {
        const saved = await admin.put('/api/authority/policy/draft', {
          document: { ...document, overrides: [override(personId, 10_00)] },
        });
        expect(saved.statusCode, personId).toBe(400);
        expect(saved.json().error.field).toBe('document.overrides.0.personId');
      }
      const mine = await admin.put('/api/authority/policy/draft', {
        document: { ...document, overrides: [override(org.people.admin.id, 50_000_00)] },
      });
      expect(mine.statusCode).toBe(403);
      expect(mine.json().error.field).toBe('document.overrides');
      expect((await admin.get('/api/authority/policy/draft')).json().draft).toBeNull();
    });

    it("holds a publication that raises the publisher's own authority until a second admin publishes it", async () => {
      const document = await policyOf(admin);
      // The second admin gives the first a personal override: only the first admin's publication of it is held.
      expect(
        (
          await secondAdmin.put('/api/authority/policy/draft', {
            document: { ...document, overrides: [override(org.people.admin.id, 50_000_00)] },
          })
        ).statusCode,
      ).toBe(200);
      const asked = await admin.post('/api/authority/policy/publish', { note: 'my override' });
      expect(asked.json()).toMatchObject({
        status: 'awaiting_second_admin',
        raises: [expect.stringContaining('personal override')],
      });
      expect((await admin.get('/api/authority/policy')).json().policy.version).toBe(1);
      expect(
        (await admin.post('/api/authority/policy/publish', { note: 'again' })).statusCode,
      ).toBe(409);
      expect(
        (await secondAdmin.get('/api/authority/policy/draft')).json().draft.publishRequest,
      ).toMatchObject({ by: org.people.admin.id, note: 'my override' });

      // Agreeing needs the draft one saw: none given, or an older one, is refused.
      const blind = await secondAdmin.post('/api/authority/policy/publish', { note: 'sure' });
      expect(blind.statusCode).toBe(400);
      expect(blind.json().error.field).toBe('draftUpdatedAt');
      const { draft } = (await secondAdmin.get('/api/authority/policy/draft')).json();
      const stale = await secondAdmin.post('/api/authority/policy/publish', {
        note: 'sure',
        draftUpdatedAt: new Date(Date.parse(draft.updatedAt) - 1000).toISOString(),
      });
      expect(stale.statusCode).toBe(409);
      const agreed = await secondAdmin.post('/api/authority/policy/publish', {
        note: 'Agreed: covering the director',
        draftUpdatedAt: draft.updatedAt,
      });
      expect(agreed.json()).toMatchObject({ status: 'published', version: 2 });
      const [latest] = (await admin.get('/api/authority/policy/versions')).json().versions;
      expect(latest).toMatchObject({
        version: 2,
        note: 'my override',
        publishedBy: 'Admin eyes',
        approvedBy: 'Second admin',
        selfAffecting: false,
      });
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['actorId', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', '=', 'policy.published')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(entry).toMatchObject({
        actorId: org.people.admin.id,
        data: { version: 2, approvedBy: secondAdminId },
      });
    });

    it("lets a lone admin raise their own level's limits, recorded as self-affecting in the ledger and the history", async () => {
      expect(
        (
          await soloAdmin.put('/api/authority/policy/draft', {
            document: withRaisedManagerRefunds(await policyOf(soloAdmin)),
          })
        ).statusCode,
      ).toBe(200);
      const published = await soloAdmin.post('/api/authority/policy/publish', {
        note: 'Managers up to $5,000',
      });
      expect(published.json()).toMatchObject({
        status: 'published',
        raises: ['Refund: higher limits at level manager'],
      });
      expect(
        (await soloAdmin.get('/api/authority/policy/versions')).json().versions[0],
      ).toMatchObject({ selfAffecting: true, approvedBy: null });
      const entry = await t.ctx.db
        .selectFrom('ledgerEntries')
        .select('data')
        .where('organizationId', '=', solo.id)
        .where('kind', '=', 'policy.published')
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow();
      expect(entry.data).toMatchObject({
        selfAffecting: true,
        raises: ['Refund: higher limits at level manager'],
      });
    });

    it("does not count a new organization's first policy as a raise", async () => {
      const document = await policyOf(admin);
      const fresh = await t.ctx.db
        .insertInto('organizations')
        .values({ slug: 'fresh', name: 'Fresh', currency: 'USD', timeZone: 'UTC', vision: '' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.ctx.db
        .insertInto('authorityLevels')
        .values(
          document.levels.map((l: { key: string; name: string }, i: number) => ({
            ...l,
            rank: i + 1,
            organizationId: fresh.id,
          })),
        )
        .execute();
      await addPerson(fresh.id, 'admin@fresh.test', 'admin', 'manager');
      const freshAdmin = await signIn(t.app, 'admin@fresh.test');
      expect(
        (
          await freshAdmin.put('/api/authority/policy/draft', {
            document: { ...document, overrides: [] },
          })
        ).statusCode,
      ).toBe(200);
      expect(
        (await freshAdmin.post('/api/authority/policy/publish', { note: 'first' })).json(),
      ).toMatchObject({ status: 'published', version: 1, raises: [] });
      expect(
        (await freshAdmin.get('/api/authority/policy/versions')).json().versions[0].selfAffecting,
      ).toBe(false);
    });
  });
});
