import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SESSION_COOKIE } from '../../http/auth.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { hashSecret } from '../auth/secret-token.ts';

const PASSWORD = 'violet staircase lantern';
const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);

describe('invitations, without SMTP: the admin is given the link', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let n = 0;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://leeway.example.com' } });
    org = await createFixtureOrganization(t.ctx.db, 'acme');
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(() => t.close());

  async function invite(overrides: Record<string, unknown> = {}) {
    n++;
    const response = await admin.post('/api/invitations', {
      email: `invitee${n}@acme.test`,
      name: `Invitee ${n}`,
      role: 'agent',
      levelKey: 'agent',
      teamId: org.teamId,
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    return { ...body, email: body.invitation.person.email as string, token: tokenOf(body.link) };
  }

  const accept = (token: string, password = PASSWORD, client = new TestClient(t.app)) =>
    client.post('/api/auth/accept-invitation', { token, password });

  it('adds the person inactive and without a password, and hands the admin a single-use link', async () => {
    const sent = await invite();
    expect(sent.delivery).toBe('link');
    expect(sent.link).toMatch(/^https:\/\/leeway\.example\.com\/invitation#[A-Za-z0-9_-]{43}$/);
    expect(sent.invitation).toMatchObject({
      status: 'pending',
      person: { email: sent.email, role: 'agent', level: { key: 'agent' } },
      invitedBy: { id: org.people.admin.id },
    });
    const person = await t.ctx.db
      .selectFrom('people')
      .select(['active', 'passwordHash', 'teamId'])
      .where('id', '=', sent.invitation.person.id)
      .executeTakeFirstOrThrow();
    expect(person).toEqual({ active: false, passwordHash: null, teamId: org.teamId });
    // As for anyone added: the ledger names the admin who brought them in.
    const created = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['actorId', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'person.created')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      actorId: org.people.admin.id,
      data: { personId: sent.invitation.person.id, role: 'agent', levelKey: 'agent' },
    });
    const listed = (await admin.get('/api/invitations')).json().invitations;
    expect(listed.map((i: { id: string }) => i.id)).toContain(sent.invitation.id);
    // Until accepted there is no way in.
    const login = await new TestClient(t.app).post('/api/auth/login', {
      email: sent.email,
      password: PASSWORD,
    });
    expect(login.statusCode).toBe(401);
  });

  it('stores only the hash of the token', async () => {
    const sent = await invite();
    const { rows } = await sql<Record<string, unknown>>`
      select * from invitations where id = ${sent.invitation.id}`.execute(t.ctx.db);
    expect(JSON.stringify(rows)).not.toContain(sent.token);
    expect(rows[0]!.tokenHash).toBe(hashSecret(sent.token));
  });

  it('accepts once: the invitee chooses a password and is signed in; the link then stops working', async () => {
    const sent = await invite();
    const client = new TestClient(t.app);
    const accepted = await accept(sent.token, PASSWORD, client);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ person: { email: sent.email, active: true } });
    expect(client.sessionCookies[SESSION_COOKIE]).toBeTruthy();
    expect((await client.get('/api/me')).json().person.email).toBe(sent.email);
    await signIn(t.app, sent.email, PASSWORD);

    const again = await accept(sent.token, 'another fine passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().error).toMatchObject({ code: 'validation_failed', field: 'token' });
    const listed = (await admin.get('/api/invitations')).json().invitations;
    expect(listed.map((i: { id: string }) => i.id)).not.toContain(sent.invitation.id);
    // Becoming active is in the ledger, with who did it.
    const entry = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['actorId', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'person.authority_changed')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actorId).toBe(sent.invitation.person.id);
  });

  it('refuses a password the policy refuses, naming the field, and leaves the invitation open', async () => {
    const sent = await invite();
    const weak = await accept(sent.token, 'password1234');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('password');
    expect((await accept(sent.token)).statusCode).toBe(200);
  });

  it('refuses a wrong or guessed token with the same answer as a used one', async () => {
    const real = (await invite()).token;
    // One character off the real one (never the real one itself).
    const nearMiss = `${real.slice(0, -1)}${real.endsWith('A') ? 'B' : 'A'}`;
    for (const token of ['x', 'A'.repeat(43), nearMiss]) {
      const response = await accept(token);
      expect(response.statusCode, token).toBe(400);
      expect(response.json().error.field).toBe('token');
    }
  });

  it('refuses an expired link, lists it as expired, and a resend gives a new link that replaces it', async () => {
    const sent = await invite();
    t.clock.advance(72 * 3_600_000 + 1);
    // The admin's session has ended too by then.
    admin = await signIn(t.app, org.people.admin.email);
    const late = await accept(sent.token);
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('token');
    const listed = (await admin.get('/api/invitations')).json().invitations;
    expect(listed.find((i: { id: string }) => i.id === sent.invitation.id).status).toBe('expired');

    const resent = await admin.post(`/api/invitations/${sent.invitation.id}/resend`);
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().invitation.status).toBe('pending');
    const fresh = tokenOf(resent.json().link);
    expect(fresh).not.toBe(sent.token);
    expect((await accept(sent.token)).statusCode).toBe(400);
    expect((await accept(fresh)).statusCode).toBe(200);
    // Accepted: nothing to resend or revoke any more.
    expect((await admin.post(`/api/invitations/${sent.invitation.id}/resend`)).statusCode).toBe(
      409,
    );
    expect((await admin.post(`/api/invitations/${sent.invitation.id}/revoke`)).statusCode).toBe(
      409,
    );
  });

  it('a revoked link stops working; a resend invites them again', async () => {
    const sent = await invite();
    const revoked = await admin.post(`/api/invitations/${sent.invitation.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().invitation.status).toBe('revoked');
    expect((await accept(sent.token)).statusCode).toBe(400);
    const listed = (await admin.get('/api/invitations')).json().invitations;
    expect(listed.map((i: { id: string }) => i.id)).not.toContain(sent.invitation.id);
    const resent = await admin.post(`/api/invitations/${sent.invitation.id}/resend`);
    expect((await accept(tokenOf(resent.json().link))).statusCode).toBe(200);
  });

  it('accepts exactly once when the same link is used twice at the same moment', async () => {
    const sent = await invite();
    const [a, b] = await Promise.all([accept(sent.token), accept(sent.token)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 400]);
    const sessions = await t.ctx.db
      .selectFrom('sessions')
      .select('id')
      .where('personId', '=', sent.invitation.person.id)
      .execute();
    expect(sessions).toHaveLength(1);
  });

  it('creates people by the rules of POST /api/people: a taken email, an unknown level, a bad field', async () => {
    const taken = await admin.post('/api/invitations', {
      email: org.people.agent.email,
      name: 'Again',
      role: 'agent',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.field).toBe('email');
    const level = await admin.post('/api/invitations', {
      email: 'nolevel@acme.test',
      name: 'No level',
      role: 'agent',
      levelKey: 'emperor',
    });
    expect(level.statusCode).toBe(400);
    expect(level.json().error.field).toBe('levelKey');
    const email = await admin.post('/api/invitations', { email: 'nope', name: 'X', role: 'agent' });
    expect(email.statusCode).toBe(400);
    expect(email.json().error.field).toBe('email');
    // Nothing half-written: no person for the refused level.
    const stray = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'nolevel@acme.test')
      .execute();
    expect(stray).toHaveLength(0);
  });

  it('pages the open invitations with a cursor, each once, while more are sent', async () => {
    const other = await createTestApp();
    try {
      const beta = await createFixtureOrganization(other.ctx.db, 'beta');
      const betaAdmin = await signIn(other.app, beta.people.admin.email);
      const sendOne = async (i: number) => {
        other.clock.advance(1_000);
        const response = await betaAdmin.post('/api/invitations', {
          email: `paged${i}@beta.test`,
          name: `Paged ${i}`,
          role: 'agent',
        });
        expect(response.statusCode).toBe(201);
      };
      for (let i = 0; i < 5; i++) await sendOne(i);
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const url: string = `/api/invitations?limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const page: {
          invitations: Array<{ person: { email: string } }>;
          nextCursor: string | null;
        } = (await betaAdmin.get(url)).json();
        seen.push(...page.invitations.map((i) => i.person.email));
        cursor = page.nextCursor;
        // One sent between pages is newer than every key, so it belongs before the pages already read.
        if (pages++ === 0) await sendOne(99);
      } while (cursor);
      expect(seen).toEqual([4, 3, 2, 1, 0].map((i) => `paged${i}@beta.test`));
      const bad = await betaAdmin.get('/api/invitations?cursor=bm9wZQ');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.field).toBe('cursor');
    } finally {
      await other.close();
    }
  });

  it('invites an email once when two admins send it at the same moment', async () => {
    const body = { email: 'twice@acme.test', name: 'Twice', role: 'agent' };
    const [a, b] = await Promise.all([
      admin.post('/api/invitations', body),
      admin.post('/api/invitations', body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const people = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'twice@acme.test')
      .execute();
    expect(people).toHaveLength(1);
  });

  it('lets only admins invite', async () => {
    const trainer = await signIn(t.app, org.people.trainer.email);
    const response = await trainer.post('/api/invitations', {
      email: 'sneaky@acme.test',
      name: 'Sneaky',
      role: 'admin',
    });
    expect(response.statusCode).toBe(403);
    expect((await trainer.get('/api/invitations')).statusCode).toBe(403);
  });
});
