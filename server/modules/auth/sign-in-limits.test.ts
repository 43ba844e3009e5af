import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

/**
 * The attacks of issue 10, finding 5, through HTTP. The rule: every attempt, right or wrong, takes
 * one of its (address, account) pair's LOGIN_MAX_FAILURES attempts in the database before its
 * password is hashed; once they are taken the pair backs off (1 s, 2 s, 4 s … up to the window) and an
 * attempt that finds the pair waiting is refused with 429 unchecked, even with the right password.
 * A success gives the pair its attempts back.
 */
const statuses = (responses: LightMyRequestResponse[]) => {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
};

function attempts(t: TestApp) {
  return (email: string, password: string, from: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: from,
      headers,
    });
}

describe('sign-in limits under concurrency', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let attempt: ReturnType<typeof attempts>;
  beforeAll(async () => {
    t = await createTestApp({
      env: {
        LOGIN_MAX_FAILURES: '5',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '30',
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '12',
        LOGIN_CONCURRENT_HASHES: '64',
      },
    });
    org = await createFixtureOrganization(t.ctx.db, 'limits');
    attempt = attempts(t);
  });
  afterAll(() => t.close());

  it('checks only LOGIN_MAX_FAILURES of 60 simultaneous wrong passwords and refuses the rest unchecked', async () => {
    const responses = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        attempt(org.people.agent.email, `wrong guess ${i}`, '198.51.100.1'),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 5, 429: 55 });
    const refused = responses.find((r) => r.statusCode === 429)!;
    expect(refused.json().error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses the right password sent at once with 39 wrong ones that took the attempts before it, then lets it in after the backoff', async () => {
    const email = org.people.agent2.email;
    const wrong = Array.from({ length: 39 }, (_, i) =>
      attempt(email, `wrong guess ${i}`, '198.51.100.2'),
    );
    const right = attempt(email, FIXTURE_PASSWORD, '198.51.100.2');
    const responses = await Promise.all([...wrong, right]);
    expect(statuses(responses.slice(0, 39))).toEqual({ 401: 5, 429: 34 });
    expect((await right).statusCode).toBe(429);

    // Slowed, not locked: the first wait is a second.
    t.clock.advance(1_000);
    expect((await attempt(email, FIXTURE_PASSWORD, '198.51.100.2')).statusCode).toBe(200);
  });

  it('limits failures from one address across accounts, whatever X-Forwarded-For it claims', async () => {
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt(`nobody${i}@limits.test`, 'wrong guess', '198.51.100.3', {
          'x-forwarded-for': `203.0.113.${i}`,
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 401: 30, 429: 10 });
    // The address is stopped even for a right password; another address is not.
    expect(
      (await attempt(org.people.trainer.email, FIXTURE_PASSWORD, '198.51.100.3')).statusCode,
    ).toBe(429);
    expect((await attempt('nobody0@limits.test', 'wrong guess', '198.51.100.4')).statusCode).toBe(
      401,
    );
    expect(
      (await attempt(org.people.trainer.email, FIXTURE_PASSWORD, '198.51.100.4')).statusCode,
    ).toBe(200);
  });

  it('lets the owner in from another address while an attacker hammers the account, and past the account cap slows them instead of locking them out', async () => {
    const email = org.people.supervisor.email;
    const hammer = await Promise.all(
      Array.from({ length: 60 }, (_, i) => attempt(email, `wrong guess ${i}`, '198.51.100.5')),
    );
    expect(statuses(hammer)).toEqual({ 401: 5, 429: 55 });
    expect((await attempt(email, FIXTURE_PASSWORD, '192.0.2.10')).statusCode).toBe(200);

    // Attackers on more addresses push the account past LOGIN_MAX_FAILURES_PER_ACCOUNT (12).
    for (const from of ['198.51.100.6', '198.51.100.7', '198.51.100.8']) {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) => attempt(email, `wrong guess ${i}`, from)),
      );
    }
    // Now every address gets one try before it waits: the owner's typo costs a second, not the account.
    expect((await attempt(email, 'a typo', '192.0.2.10')).statusCode).toBe(401);
    const slowed = await attempt(email, FIXTURE_PASSWORD, '192.0.2.10');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.headers['retry-after']).toBe('1');
    t.clock.advance(1_000);
    expect((await attempt(email, FIXTURE_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
  });
});

describe('password hashes in flight', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_CONCURRENT_HASHES: '2' } });
  });
  afterAll(() => t.close());

  it('answers 429 at once past LOGIN_CONCURRENT_HASHES, without taking an attempt, so a burst cannot queue behind the hasher', async () => {
    const attempt = attempts(t);
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attempt(`burst${i}@burst.test`, 'wrong guess', `198.51.100.${i + 1}`),
      ),
    );
    const counts = statuses(responses);
    expect(Object.keys(counts).sort()).toEqual(['401', '429']);
    const busy = responses.filter((r) => r.statusCode === 429);
    for (const r of busy) {
      expect(r.json().error.code).toBe('rate_limited');
      expect(r.headers['retry-after']).toBe('1');
    }
    // Only the attempts that were hashed were counted against their account.
    const counted = await t.ctx.db
      .selectFrom('loginThrottles')
      .select('key')
      .where('scope', '=', 'account')
      .where('attempts', '>', 0)
      .execute();
    expect(counted).toHaveLength(counts[401]!);
  });
});
