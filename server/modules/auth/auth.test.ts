import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CSRF_COOKIE, SESSION_COOKIE } from '../../http/auth.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { createApiToken } from '../tokens/commands/create-api-token.ts';

describe('signing in and sessions', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3', SESSION_TTL_HOURS: '1' } });
    org = await createFixtureOrganization(t.ctx.db, 'acme');
  });
  afterAll(() => t.close());

  it('signs in with the right password and sets an httpOnly session cookie and a readable CSRF cookie', async () => {
    const client = new TestClient(t.app);
    const response = await client.post('/api/auth/login', {
      email: 'AGENT@acme.test ',
      password: FIXTURE_PASSWORD,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      person: { email: 'agent@acme.test', role: 'agent', level: { key: 'agent' } },
      organization: { slug: 'acme' },
    });
    const session = response.cookies.find((c) => c.name === SESSION_COOKIE);
    const csrf = response.cookies.find((c) => c.name === CSRF_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect((await client.get('/api/me')).json().person.email).toBe('agent@acme.test');
  });

  it('refuses a wrong password with 401 and the one error shape', async () => {
    const response = await new TestClient(t.app).post('/api/auth/login', {
      email: org.people.agent2.email,
      password: 'nope',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      error: { code: 'unauthenticated', message: 'Email or password is incorrect' },
    });
  });

  it('gives an unknown email the same answer as a wrong password', async () => {
    const response = await new TestClient(t.app).post('/api/auth/login', {
      email: 'nobody@acme.test',
      password: 'nope',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Email or password is incorrect');
  });

  it('names the missing field', async () => {
    const response = await new TestClient(t.app).post('/api/auth/login', {
      email: 'agent@acme.test',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', field: 'password' });
    expect(response.json().error.message).toContain('password');
  });

  it('refuses a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().error.code).toBe('unsupported_media');
  });

  it('rate-limits an email after repeated failures, even with the right password, until the window passes', async () => {
    const email = org.people.trainer.email;
    const client = new TestClient(t.app);
    for (let i = 0; i < 3; i++)
      expect(
        (await client.post('/api/auth/login', { email, password: 'guess' + i })).statusCode,
      ).toBe(401);
    const limited = await client.post('/api/auth/login', { email, password: FIXTURE_PASSWORD });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    expect(
      (await client.post('/api/auth/login', { email, password: FIXTURE_PASSWORD })).statusCode,
    ).toBe(200);
  });

  it('answers 401 without a session', async () => {
    const response = await new TestClient(t.app).get('/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('unauthenticated');
  });

  it('refuses a cookie-authenticated write without the CSRF header', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const forged = await admin.patch(
      '/api/organization',
      { vision: 'forged' },
      { 'x-csrf-token': 'wrong' },
    );
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('csrf_failed');
    const genuine = await admin.patch('/api/organization', {
      vision: 'We fix it on the first contact.',
    });
    expect(genuine.statusCode).toBe(200);
  });

  it('ends the session on logout', async () => {
    const client = await signIn(t.app, org.people.supervisor.email);
    const cookies = client.sessionCookies;
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    const replay = await t.app.inject({ method: 'GET', url: '/api/me', cookies });
    expect(replay.statusCode).toBe(401);
  });

  it('expires sessions after SESSION_TTL_HOURS', async () => {
    const client = await signIn(t.app, org.people.manager.email);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(61 * 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('signs a deactivated person out at once', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const agent2 = await signIn(t.app, org.people.agent2.email);
    expect(
      (await admin.patch(`/api/people/${org.people.agent2.id}`, { active: false })).statusCode,
    ).toBe(200);
    expect((await agent2.get('/api/me')).statusCode).toBe(401);
    expect(
      (
        await new TestClient(t.app).post('/api/auth/login', {
          email: org.people.agent2.email,
          password: FIXTURE_PASSWORD,
        })
      ).statusCode,
    ).toBe(401);
  });
});

describe('API tokens', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'tok');
  });
  afterAll(() => t.close());

  it('authenticate an integration with Bearer, without CSRF, within its role', async () => {
    const { token } = await createApiToken({
      db: t.ctx.db,
      organizationId: org.id,
      name: 'Telephony',
      createdBy: null,
    });
    const integration = new TestClient(t.app, token);
    expect((await integration.get(`/api/customers/${org.customerId}`)).statusCode).toBe(200);
    const denied = await integration.get('/api/people');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
  });

  it('act as a person when issued for one', async () => {
    const { token } = await createApiToken({
      db: t.ctx.db,
      organizationId: org.id,
      name: 'Script',
      personId: org.people.admin.id,
      createdBy: org.people.admin.id,
    });
    const response = await new TestClient(t.app, token).patch('/api/organization', {
      name: 'Renamed by script',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().organization.name).toBe('Renamed by script');
  });

  it('are created by admins through the API, shown once, and stop working when revoked', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const created = await admin.post('/api/tokens', { name: 'CRM sync' });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^lwy_/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    expect(JSON.stringify((await admin.get('/api/tokens')).json())).not.toContain(token);
    expect((await new TestClient(t.app, token).get('/api/organization')).statusCode).toBe(200);
    expect((await admin.delete(`/api/tokens/${apiToken.id}`)).statusCode).toBe(204);
    const revoked = await new TestClient(t.app, token).get('/api/organization');
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.message).toContain('revoked');
  });

  it('refuse a malformed Authorization header', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/organization',
      headers: { authorization: 'Basic abc' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('may be managed by admins only', async () => {
    const agent = await signIn(t.app, org.people.agent.email);
    expect((await agent.post('/api/tokens', { name: 'mine' })).statusCode).toBe(403);
  });
});
