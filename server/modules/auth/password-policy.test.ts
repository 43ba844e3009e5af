import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { passwordProblem } from './password-policy.ts';

/** Issue 10, finding 7: ten spaces, `aaaaaaaaaa` and `1111111111` were accepted as passwords. */
const weak = ['          ', 'aaaaaaaaaa', '1111111111'];
/** At least 12 characters, but on the list of leaked passwords (with the usual digits at the end, too). */
const breached = ['password1234', 'qwertyuiop123', 'Iloveyou2024!'];
const predictable = [
  'aaaaaaaaaaaa',
  '            ',
  'abcabcabcabc',
  'abcdefghijklm',
  '123456789012',
];

describe('the password policy', () => {
  it.each([...weak, ...breached, ...predictable])('refuses %j', (password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });

  it('asks for 12 characters, counted as code points after NFKC, and nothing about their kinds', () => {
    expect(passwordProblem('short one')).toBe('must be at least 12 characters');
    expect(passwordProblem('tofu wobble canal')).toBeNull();
    expect(passwordProblem('🐙🐙🐙🐙🐙🦑🦑🦑🦑🦑🦀🦀')).toBeNull();
    expect(passwordProblem('🐙🐙🐙🐙🐙🐙')).toBe('must be at least 12 characters');
    expect(passwordProblem('x'.repeat(100) + ' long')).toBeNull();
    expect(passwordProblem('y '.repeat(200))).toBe('must be at most 256 characters');
  });

  it("refuses a password built on the service's name or the person's email", () => {
    expect(passwordProblem('leeway-2024-!!', { email: 'ann@acme.test' })).not.toBeNull();
    expect(passwordProblem('night.shift1990', { email: 'night.shift@acme.test' })).not.toBeNull();
    expect(passwordProblem('night.shift1990', { email: 'someone@acme.test' })).toBeNull();
    expect(passwordProblem('leeway is where we fix it', { email: 'ann@acme.test' })).toBeNull();
  });
});

describe('choosing a password through the people API', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'pwd');
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(() => t.close());

  it.each([...weak, 'password1234'])('refuses %j with 400 naming password', async (password) => {
    const response = await admin.post('/api/people', {
      email: 'weak@pwd.test',
      name: 'Weak',
      role: 'agent',
      password,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      field: 'password',
      message: expect.stringContaining('password'),
    });
  });

  it('accepts a passphrase of 12 characters or more, which then signs in', async () => {
    const response = await admin.post('/api/people', {
      email: 'strong@pwd.test',
      name: 'Strong',
      role: 'agent',
      password: 'tofu wobble canal',
    });
    expect(response.statusCode).toBe(201);
    await signIn(t.app, 'strong@pwd.test', 'tofu wobble canal');
  });
});
