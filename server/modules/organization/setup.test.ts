import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SESSION_COOKIE } from '../../http/auth.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';

const ADMIN_PASSWORD = 'lantern orchard velvet';

/** The token first-run setup asks for, as the operator would set it (loadConfig makes one when unset). */
const SETUP_TOKEN = 'operator-only-7QeV1kz9mXb2Lr0cTg5HwYs8';

const setupBody = (slug: string, template = 'hundred-dollar-rule') => ({
  setupToken: SETUP_TOKEN,
  organization: {
    slug,
    name: 'Harbour Lights',
    currency: 'USD',
    timeZone: 'Europe/Lisbon',
    vision: 'Fix it on the first call.',
  },
  admin: { email: `admin@${slug}.example`, name: 'Ana Admin', password: ADMIN_PASSWORD },
  template,
});

/**
 * First-run setup through the API, on a deployment with no organization: only with the operator's
 * setup token, open, the race for it, closed once there is one, and each policy template deciding as
 * its description says.
 */
describe('first-run setup', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SETUP_TOKEN } });
  });
  afterAll(() => t.close());

  async function nothingWritten() {
    expect((await new TestClient(t.app).get('/api/setup')).json()).toEqual({ open: true });
    expect(await t.ctx.db.selectFrom('organizations').select('id').execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('people').select('id').execute()).toEqual([]);
    expect(await t.ctx.db.selectFrom('ledgerEntries').select('seq').execute()).toEqual([]);
  }

  it('refuses whoever reaches the deployment first without the setup token: 403, nothing written, still open', async () => {
    const { setupToken: _, ...withoutToken } = setupBody('squatter');
    const attempts: Array<[string, Record<string, unknown>]> = [
      ['no token', withoutToken],
      ['an empty token', { ...withoutToken, setupToken: '' }],
      ['a wrong token', { ...withoutToken, setupToken: 'x'.repeat(SETUP_TOKEN.length) }],
      ['one character off', { ...withoutToken, setupToken: `${SETUP_TOKEN.slice(0, -1)}9` }],
      ['the token and more', { ...withoutToken, setupToken: `${SETUP_TOKEN}x` }],
      ['a prefix of it', { ...withoutToken, setupToken: SETUP_TOKEN.slice(0, 10) }],
    ];
    for (const [what, body] of attempts) {
      const response = await new TestClient(t.app).post('/api/setup', body);
      expect(response.statusCode, `${what}: ${response.body}`).toBe(403);
      expect(response.json().error).toMatchObject({ code: 'forbidden', field: 'setupToken' });
      expect(response.json().error.message).toContain('link the server printed when it started');
    }
    await nothingWritten();
  });

  it('checks the token before the password, so no visitor gets an scrypt hash out of it', async () => {
    const { setupToken: _, ...withoutToken } = setupBody('squatter');
    const weak = await new TestClient(t.app).post('/api/setup', {
      ...withoutToken,
      admin: { ...withoutToken.admin, password: 'password1234' },
    });
    expect(weak.statusCode, weak.body).toBe(403);
    await nothingWritten();
  });

  it('makes a token of its own when SETUP_TOKEN is unset, 192 bits in base64url, new each start', async () => {
    const a = await createTestApp();
    const b = await createTestApp();
    try {
      expect(a.ctx.config.setupToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(a.ctx.config.setupToken).not.toBe(b.ctx.config.setupToken);
      const body = { ...setupBody('own-token'), setupToken: b.ctx.config.setupToken };
      expect((await new TestClient(a.app).post('/api/setup', body)).statusCode).toBe(403);
      body.setupToken = a.ctx.config.setupToken;
      const response = await new TestClient(a.app).post('/api/setup', body);
      expect(response.statusCode, response.body).toBe(200);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('lists the three templates with their levels, publicly', async () => {
    const response = await new TestClient(t.app).get('/api/policy-templates');
    expect(response.statusCode, response.body).toBe(200);
    const templates = response.json().templates as Array<{ key: string; levels: unknown[] }>;
    expect(templates.map((tpl) => tpl.key)).toEqual([
      'hundred-dollar-rule',
      'tiered',
      'hospitality',
    ]);
    expect(templates.map((tpl) => tpl.levels.length)).toEqual([2, 5, 3]);
  });

  it('refuses a bad field with 400 naming it, and writes nothing', async () => {
    const anonymous = new TestClient(t.app);
    const cases: Array<[Record<string, unknown>, string]> = [
      [
        { organization: { ...setupBody('x').organization, currency: 'XYZ' } },
        'organization.currency',
      ],
      [
        { organization: { ...setupBody('x').organization, currency: 'usd' } },
        'organization.currency',
      ],
      [
        { organization: { ...setupBody('x').organization, timeZone: 'Mars/Olympus' } },
        'organization.timeZone',
      ],
      [
        { organization: { ...setupBody('x').organization, slug: 'Not A Slug' } },
        'organization.slug',
      ],
      [{ admin: { ...setupBody('x').admin, email: 'nope' } }, 'admin.email'],
      [{ admin: { ...setupBody('x').admin, password: 'password1234' } }, 'admin.password'],
      [{ template: 'anarchy' }, 'template'],
    ];
    for (const [change, field] of cases) {
      const response = await anonymous.post('/api/setup', { ...setupBody('bad'), ...change });
      expect(response.statusCode, `${field}: ${response.body}`).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    expect((await anonymous.get('/api/setup')).json()).toEqual({ open: true });
    expect(await t.ctx.db.selectFrom('people').select('id').execute()).toEqual([]);
  });

  it('lets exactly one of four simultaneous setups win, and signs its admin in', async () => {
    expect((await new TestClient(t.app).get('/api/setup')).json()).toEqual({ open: true });
    const slugs = ['harbour', 'lighthouse', 'breakwater', 'quayside'];
    const clients = slugs.map(() => new TestClient(t.app));
    const answers = await Promise.all(
      clients.map((client, i) => client.post('/api/setup', setupBody(slugs[i]!, 'tiered'))),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([200, 409, 409, 409]);
    for (const loser of answers.filter((a) => a.statusCode === 409))
      expect(loser.json().error.code).toBe('setup_closed');

    const organizations = await t.ctx.db.selectFrom('organizations').select('slug').execute();
    expect(organizations).toHaveLength(1);
    const people = await t.ctx.db.selectFrom('people').select(['email', 'role']).execute();
    expect(people).toEqual([{ email: `admin@${organizations[0]!.slug}.example`, role: 'admin' }]);

    const winner = clients[answers.findIndex((a) => a.statusCode === 200)]!;
    expect(winner.sessionCookies[SESSION_COOKIE]).toBeTruthy();
    const me = await winner.get('/api/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json().person.role).toBe('admin');
    expect(me.json().organization.slug).toBe(organizations[0]!.slug);
    expect(me.json().organization.vision).toBe('Fix it on the first call.');
  });

  it('is closed once an organization exists', async () => {
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get('/api/setup')).json()).toEqual({ open: false });
    const again = await anonymous.post('/api/setup', setupBody('latecomer'));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('setup_closed');
    expect(await t.ctx.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
  });

  it('refuses a closed setup before it checks or hashes the password (no scrypt for anyone who asks)', async () => {
    const body = setupBody('latecomer');
    const weak = await new TestClient(t.app).post('/api/setup', {
      ...body,
      admin: { ...body.admin, password: 'password1234' },
    });
    expect(weak.statusCode, weak.body).toBe(409);
    expect(weak.json().error.code).toBe('setup_closed');
  });

  it('records the organization, its admin and policy version 1 in the ledger, which verifies', async () => {
    const org = await t.ctx.db.selectFrom('organizations').select('slug').executeTakeFirstOrThrow();
    const admin = await signIn(t.app, `admin@${org.slug}.example`, ADMIN_PASSWORD);
    const entries = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['seq', 'kind'])
      .orderBy('seq')
      .execute();
    expect(entries).toEqual([
      { seq: 1, kind: 'organization.created' },
      { seq: 2, kind: 'person.created' },
      { seq: 3, kind: 'policy.published' },
    ]);
    const verified = await admin.get('/api/ledger/verify');
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().ok).toBe(true);
  });
});
