import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { linkIn, SmtpTestServer } from '../../testing/smtp-test-server.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { hashSecret } from './secret-token.ts';

const NEW_PASSWORD = 'tangerine harbour sketch';

describe('forgot and reset password', () => {
  const smtp = new SmtpTestServer();
  let t: TestApp;
  let org: FixtureOrganization;

  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    t = await createTestApp({
      env: { SMTP_URL: smtpUrl, PUBLIC_URL: 'https://leeway.example.com', LOGIN_MAX_FAILURES: '3' },
    });
    org = await createFixtureOrganization(t.ctx.db, 'acme');
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const forgot = (email: string, address = '198.51.100.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/forgot-password',
      payload: { email },
      remoteAddress: address,
    });

  /** Asks for a reset as the person would and reads the link from their mailbox. */
  async function resetLinkFor(email: string, address?: string): Promise<string> {
    const before = smtp.received.length;
    expect((await forgot(email, address)).statusCode).toBe(202);
    return linkIn(await smtp.mailTo(email, before), '/reset-password');
  }
  const tokenOf = (link: string) => link.slice(link.indexOf('#') + 1);
  const reset = (token: string, password = NEW_PASSWORD, client = new TestClient(t.app)) =>
    client.post('/api/auth/reset-password', { token, password });

  it('answers the same whether or not the email signs in, and mails only an account', async () => {
    const unknown = await forgot('nobody@acme.test', '198.51.100.7');
    const known = await forgot(org.people.agent2.email, '198.51.100.7');
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(unknown.headers['content-length']).toBe(known.headers['content-length']);
    await smtp.mailTo(org.people.agent2.email);
    expect(smtp.received.flatMap((m) => m.to)).not.toContain('nobody@acme.test');
  });

  it('stores only the hash of the token', async () => {
    const token = tokenOf(await resetLinkFor(org.people.trainer.email, '198.51.100.8'));
    const { rows } = await sql<Record<string, unknown>>`
      select * from password_resets where token_hash = ${hashSecret(token)}`.execute(t.ctx.db);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('sets the new password, signs in, ends every other session, and works once', async () => {
    const email = org.people.agent.email;
    const elsewhere = await signIn(t.app, email);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(200);
    const first = tokenOf(await resetLinkFor(email, '198.51.100.9'));
    const second = tokenOf(await resetLinkFor(email, '198.51.100.9'));

    const here = new TestClient(t.app);
    const done = await reset(second, NEW_PASSWORD, here);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().person.email).toBe(email);
    expect((await here.get('/api/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);

    await signIn(t.app, email, NEW_PASSWORD);
    const old = await new TestClient(t.app).post('/api/auth/login', {
      email,
      password: FIXTURE_PASSWORD,
    });
    expect(old.statusCode).toBe(401);
    // The link is used up, and so is the other one sent before it.
    for (const token of [second, first]) {
      const again = await reset(token, 'yet another sturdy phrase');
      expect(again.statusCode).toBe(400);
      expect(again.json().error.field).toBe('token');
    }
  });

  it('refuses a weak password naming the field, and the link still works after', async () => {
    const token = tokenOf(await resetLinkFor(org.people.manager.email, '198.51.100.10'));
    const weak = await reset(token, 'short');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.field).toBe('password');
    expect((await reset(token)).statusCode).toBe(200);
  });

  it('sets one password when the same link is used twice at the same moment', async () => {
    const email = org.people.agent2.email;
    const token = tokenOf(await resetLinkFor(email, '198.51.100.12'));
    const [a, b] = await Promise.all([
      reset(token, 'first of two phrases'),
      reset(token, 'second of two phrases'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 400]);
    const winner = a.statusCode === 200 ? 'first of two phrases' : 'second of two phrases';
    await signIn(t.app, email, winner);
  });

  it('refuses an expired link and a guessed one', async () => {
    const token = tokenOf(await resetLinkFor(org.people.supervisor.email, '198.51.100.11'));
    for (const guess of [
      'A'.repeat(43),
      `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
    ]) {
      const response = await reset(guess);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.field).toBe('token');
    }
    t.clock.advance(60 * 60_000 + 1);
    const late = await reset(token);
    expect(late.statusCode).toBe(400);
    expect(late.json().error.field).toBe('token');
  });

  it('throttles requests as sign-ins are, for an unknown email the same as a known one', async () => {
    for (const email of [org.people.admin.email, 'ghost@acme.test']) {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++) codes.push((await forgot(email, '198.51.100.20')).statusCode);
      expect(codes, email).toEqual([202, 202, 202, 429]);
    }
  });
});
