import validateStatement from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addFixturePerson,
  createFixtureOrganization,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';
import { createApiToken } from '../tokens/commands/create-api-token.ts';
import { recordStatement, type RecordStatementOptions } from './record-statement.ts';
import type { XapiStatement } from './statement.ts';
import { xapiVerbs } from './verbs.ts';

/**
 * GET /xapi/statements as an organization's LMS pulls it: statements recorded the way the training
 * and practice modules record them (recordStatement in their transaction) come back filtered, in
 * the spec's order and paged by `more`, each valid by Learning Locker's xAPI validator.
 */
describe('GET /xapi/statements', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let lms: TestClient;
  let recorded: XapiStatement[];
  const publicUrl = 'https://leeway.example.com';
  const start = new Date('2026-11-20T10:00:00Z');
  const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

  async function tokenFor(organizationId: string, personId?: string) {
    const { token } = await createApiToken({
      db: t.ctx.db,
      organizationId,
      name: 'LMS',
      ...(personId ? { personId } : {}),
      createdBy: personId ?? null,
    });
    return new TestClient(t.app, token);
  }

  async function record(
    who: { id: string; email: string },
    options: Omit<RecordStatementOptions, 'organizationId' | 'publicUrl' | 'actor'>,
    organizationId = org.id,
  ) {
    return t.ctx.db.transaction().execute((trx) =>
      recordStatement(trx, {
        organizationId,
        publicUrl,
        actor: { personId: who.id, name: `Person ${who.email}`, email: who.email },
        ...options,
      }),
    );
  }

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'learning');
    other = await createFixtureOrganization(t.ctx.db, 'elsewhere');
    const course = {
      activityId: 'c0ffee00-0000-4000-8000-000000000001',
      name: 'Refunds',
      type: 'course',
    } as const;
    const attempt = 'a77e0000-0000-4000-8000-000000000001';
    recorded = [
      await record(org.people.agent, { verb: 'launched', object: course, timestamp: minutes(0) }),
      await record(org.people.agent, {
        verb: 'answered',
        object: { activityId: 'q1', name: 'Refund over the limit?', type: 'question' },
        result: { success: true, response: 'ask_approval' },
        context: {
          registration: attempt,
          parent: { activityId: course.activityId, type: 'course' },
        },
        timestamp: minutes(1),
      }),
      await record(org.people.agent, {
        verb: 'passed',
        object: course,
        result: {
          score: { scaled: 0.9, raw: 9, min: 0, max: 10 },
          success: true,
          completion: true,
        },
        context: { registration: attempt },
        timestamp: minutes(2),
      }),
      await record(org.people.agent2, { verb: 'launched', object: course, timestamp: minutes(3) }),
      await record(org.people.agent2, {
        verb: 'failed',
        object: course,
        result: { score: { scaled: 0.4 }, success: false, completion: true },
        timestamp: minutes(4),
      }),
      // Same stored time as the one before: the sequence keeps the two in one order across pages.
      await record(org.people.agent2, { verb: 'launched', object: course, timestamp: minutes(4) }),
    ];
    await record(
      other.people.agent,
      { verb: 'launched', object: course, timestamp: minutes(0) },
      other.id,
    );
    lms = await tokenFor(org.id);
  });
  afterAll(() => t.close());

  const ids = (body: { statements: XapiStatement[] }) => body.statements.map((s) => s.id);
  const newestFirst = () => [...recorded].reverse().map((s) => s.id);

  it('serves every statement newest stored first, each valid xAPI 1.0.3, with the version header', async () => {
    const answer = await lms.get('/xapi/statements');
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['x-experience-api-version']).toBe('1.0.3');
    const body = answer.json();
    expect(ids(body)).toEqual(newestFirst());
    expect(body.more).toBe('');
    for (const statement of body.statements) expect(validateStatement(statement)).toEqual([]);
    const passed = body.statements.find((s: XapiStatement) => s.verb.id === xapiVerbs.passed);
    expect(passed).toMatchObject({
      actor: { objectType: 'Agent', mbox: `mailto:${org.people.agent.email}` },
      object: {
        id: `${publicUrl}/xapi/activities/course/c0ffee00-0000-4000-8000-000000000001`,
        definition: { type: 'http://adlnet.gov/expapi/activities/course' },
      },
      result: { score: { scaled: 0.9, raw: 9 }, success: true },
      context: { registration: 'a77e0000-0000-4000-8000-000000000001' },
      stored: minutes(2).toISOString(),
      version: '1.0.3',
      authority: { account: { homePage: publicUrl, name: org.id } },
    });
  });

  it('the validator refuses a statement the spec forbids, so its empty answers mean something', () => {
    const [first] = recorded;
    expect(
      validateStatement({ ...first, actor: { objectType: 'Agent', mbox: 'agent@x.test' } }),
    ).not.toEqual([]);
    expect(validateStatement({ ...first, result: { score: { scaled: 2 } } })).not.toEqual([]);
  });

  it('pages by `more` in both orders, neither repeating nor skipping a statement', async () => {
    // Page sizes that cut between the two statements stored at the same time, and one that does not.
    for (const [ascending, limit] of [
      [false, 1],
      [false, 2],
      [true, 1],
      [true, 4],
    ] as const) {
      const seen: string[] = [];
      let url = `/xapi/statements?limit=${limit}${ascending ? '&ascending=true' : ''}`;
      while (url) {
        const answer = await lms.get(url);
        expect(answer.statusCode, answer.body).toBe(200);
        const body = answer.json();
        expect(body.statements.length).toBeLessThanOrEqual(limit);
        seen.push(...ids(body));
        url = body.more;
      }
      expect(seen).toEqual(ascending ? [...newestFirst()].reverse() : newestFirst());
    }
  });

  it('filters by since, until, verb and agent, and keeps the filters on the `more` link', async () => {
    const since = await lms.get(`/xapi/statements?since=${minutes(1).toISOString()}`);
    expect(ids(since.json())).toEqual(newestFirst().slice(0, 4));
    const until = await lms.get(`/xapi/statements?until=${minutes(1).toISOString()}`);
    expect(ids(until.json())).toEqual(newestFirst().slice(4));
    const verb = await lms.get(
      `/xapi/statements?verb=${encodeURIComponent(xapiVerbs.launched)}&limit=1`,
    );
    const launched = recorded.filter((s) => s.verb.id === xapiVerbs.launched).reverse();
    expect(ids(verb.json())).toEqual([launched[0]?.id]);
    const next = await lms.get(verb.json().more);
    expect(ids(next.json())).toEqual([launched[1]?.id]);
    const agent = JSON.stringify({
      objectType: 'Agent',
      mbox: `mailto:${org.people.agent2.email}`,
    });
    const byAgent = await lms.get(`/xapi/statements?agent=${encodeURIComponent(agent)}`);
    expect(ids(byAgent.json())).toEqual(newestFirst().slice(0, 3));
    const account = JSON.stringify({ account: { homePage: publicUrl, name: org.people.agent.id } });
    const byAccount = await lms.get(`/xapi/statements?agent=${encodeURIComponent(account)}`);
    expect(byAccount.json().statements).toEqual([]);
  });

  it('answers one statement by statementId, and 404 for another organization’s', async () => {
    const [first] = recorded;
    const one = await lms.get(`/xapi/statements?statementId=${first?.id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toEqual(first);
    const foreign = (
      await t.ctx.db
        .selectFrom('xapiStatements')
        .select('id')
        .where('organizationId', '=', other.id)
        .executeTakeFirstOrThrow()
    ).id;
    const refused = await lms.get(`/xapi/statements?statementId=${foreign}`);
    expect(refused.statusCode).toBe(404);
  });

  it("shows another organization's token none of these statements", async () => {
    const theirs = await tokenFor(other.id);
    const body = (await theirs.get('/xapi/statements')).json();
    expect(body.statements).toHaveLength(1);
    expect(body.statements[0].actor.mbox).toBe(`mailto:${other.people.agent.email}`);
  });

  it('lets the trainer, admin and auditor tokens read; refuses a rep, no token and a browser session', async () => {
    const auditor = await addFixturePerson(t.ctx.db, org, 'auditor', 'auditor');
    for (const person of [org.people.trainer, org.people.admin, auditor]) {
      const answer = await (await tokenFor(org.id, person.id)).get('/xapi/statements');
      expect(answer.statusCode, answer.body).toBe(200);
    }
    for (const person of [org.people.agent, org.people.manager, org.people.supervisor]) {
      const answer = await (await tokenFor(org.id, person.id)).get('/xapi/statements');
      expect(answer.statusCode, answer.body).toBe(403);
      expect(answer.headers['x-experience-api-version']).toBe('1.0.3');
    }
    const anonymous = await new TestClient(t.app).get('/xapi/statements');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['x-experience-api-version']).toBe('1.0.3');
    const session = await signIn(t.app, org.people.admin.email);
    expect((await session.get('/xapi/statements')).statusCode).toBe(401);
  });

  it.each([
    ['since', 'since=yesterday'],
    ['until', 'until=2026-13-01T00:00:00Z'],
    ['verb', 'verb=passed'],
    ['agent', 'agent=not-json'],
    [
      'agent',
      `agent=${encodeURIComponent('{"mbox":"mailto:a@b.test","openid":"https://x.test"}')}`,
    ],
    ['limit', 'limit=501'],
    ['ascending', 'ascending=yes'],
    ['cursor', 'cursor=!!'],
    ['cursor', 'cursor=bm9wZQ'],
    ['statementId', 'statementId=nope'],
    [
      'statementId',
      `statementId=c0ffee00-0000-4000-8000-000000000001&verb=${encodeURIComponent(xapiVerbs.passed)}`,
    ],
  ])('answers 400 naming %s for %s', async (field, query) => {
    const answer = await lms.get(`/xapi/statements?${query}`);
    expect(answer.statusCode, answer.body).toBe(400);
    expect(answer.json().error.field).toBe(field);
    expect(answer.headers['x-experience-api-version']).toBe('1.0.3');
  });

  it('refuses a client speaking another xAPI version, naming the header', async () => {
    const answer = await lms.get('/xapi/statements', { 'x-experience-api-version': '2.0.0' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error.field).toBe('X-Experience-API-Version');
    expect(
      (await lms.get('/xapi/statements', { 'x-experience-api-version': '1.0.3' })).statusCode,
    ).toBe(200);
  });

  it('serves /xapi/about to anyone', async () => {
    const about = await new TestClient(t.app).get('/xapi/about');
    expect(about.statusCode).toBe(200);
    expect(about.json()).toEqual({ version: ['1.0.3'] });
    expect(about.headers['x-experience-api-version']).toBe('1.0.3');
  });
});
