import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Role } from '../db/schema.ts';
import { createAssignmentRecord } from '../modules/assignments/assignments-testing.ts';
import { createApiToken } from '../modules/tokens/commands/create-api-token.ts';
import { createTrainingRecords } from '../modules/training/training-testing.ts';
import { recordStatement } from '../modules/xapi/record-statement.ts';
import { abilities } from '../policies/abilities.ts';
import {
  addFixturePerson,
  createFixtureOrganization,
  type FixtureOrganization,
} from '../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../testing/test-app.ts';

/**
 * Walks every /api route the app registers, so a new endpoint is covered the day it is added:
 * another organization's ids are 404 (never 403, which would confirm they exist), and every role
 * an ability leaves out gets 403.
 */
describe('every endpoint', () => {
  let t: TestApp;
  let home: FixtureOrganization;
  let foreign: FixtureOrganization;
  let foreignTokenId: string;
  let foreignContactId: string;
  let foreignResolutionId: string;
  let foreignApprovalId: string;
  let foreignImportId: string;
  let foreignInvitationId: string;
  let foreignArticleId: string;
  let foreignFlagId: string;
  let foreignPracticeId: string;
  let foreignTraining: Awaited<ReturnType<typeof createTrainingRecords>>;
  let foreignAssignmentId: string;
  const clients = {} as Record<Role, TestClient>;
  /** The Learning Record Store (/xapi) answers API tokens only: each role's own token. */
  const tokens = {} as Record<Role, TestClient>;
  /** Which client a route takes for a role: a token for /xapi, the session elsewhere. */
  const clientFor = (role: Role, url: string) =>
    url.startsWith('/xapi/') ? tokens[role] : clients[role];
  /** The walks' routes: /api and the LRS's /xapi. */
  const everyRoute = () => [...t.app.apiRoutes, ...t.app.xapiRoutes];

  beforeAll(async () => {
    t = await createTestApp();
    home = await createFixtureOrganization(t.ctx.db, 'home');
    foreign = await createFixtureOrganization(t.ctx.db, 'foreign');
    foreignTokenId = (
      await createApiToken({
        db: t.ctx.db,
        organizationId: foreign.id,
        name: 'theirs',
        createdBy: null,
      })
    ).id;
    const theirAgent = await signIn(t.app, foreign.people.agent.email);
    foreignContactId = (
      await theirAgent.post('/api/contacts', { customerId: foreign.customerId, channel: 'call' })
    ).json().contact.id;
    const pending = await theirAgent.post(`/api/contacts/${foreignContactId}/resolutions`, {
      type: 'refund',
      amount: 150_00,
      currency: 'USD',
      reason: 'theirs',
      idempotencyKey: 'foreign-request-1',
    });
    foreignResolutionId = pending.json().resolution.id;
    foreignApprovalId = pending.json().resolution.approval.id;
    const theirAdmin = await signIn(t.app, foreign.people.admin.email);
    foreignInvitationId = (
      await theirAdmin.post('/api/invitations', {
        email: 'invited@foreign.test',
        name: 'Their invitee',
        role: 'agent',
      })
    ).json().invitation.id;
    foreignArticleId = (
      await theirAdmin.post('/api/knowledge/articles', {
        title: 'Their article',
        problem: 'theirs',
        resolution: 'theirs',
        visibility: 'internal',
        state: 'validated',
      })
    ).json().article.id;
    foreignFlagId = (
      await theirAgent.post(`/api/knowledge/articles/${foreignArticleId}/flags`, {
        comment: 'theirs',
      })
    ).json().flag.id;
    foreignImportId = (
      await t.ctx.db
        .insertInto('imports')
        .values({
          organizationId: foreign.id,
          kind: 'customers',
          fileName: 'theirs.csv',
          filePath: '/nonexistent/theirs.csv',
          fileSha256: '0'.repeat(64),
          fileBytes: 0,
          rows: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          errorCount: 0,
          errors: '[]',
          createdBy: foreign.people.admin.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    foreignPracticeId = (await theirAgent.get('/api/training/practice')).json().situation.id;
    foreignTraining = await createTrainingRecords(t.ctx.db, foreign.id, foreign.people.agent.id);
    foreignAssignmentId = (
      await createAssignmentRecord(t.ctx.db, foreign.id, foreign.people.agent.id)
    ).assignmentId;
    clients.admin = await signIn(t.app, home.people.admin.email);
    clients.agent = await signIn(t.app, home.people.agent.email);
    clients.team_leader = await signIn(t.app, home.people.supervisor.email);
    clients.approver = await signIn(t.app, home.people.manager.email);
    clients.trainer = await signIn(t.app, home.people.trainer.email);
    const auditor = await addFixturePerson(t.ctx.db, home, 'auditor', 'auditor');
    clients.auditor = await signIn(t.app, auditor.email);
    const people: Record<Role, string> = {
      admin: home.people.admin.id,
      agent: home.people.agent.id,
      team_leader: home.people.supervisor.id,
      approver: home.people.manager.id,
      trainer: home.people.trainer.id,
      auditor: auditor.id,
    };
    for (const [role, personId] of Object.entries(people) as Array<[Role, string]>) {
      const { token } = await createApiToken({
        db: t.ctx.db,
        organizationId: home.id,
        name: `walk ${role}`,
        personId,
        createdBy: personId,
      });
      tokens[role] = new TestClient(t.app, token);
    }
    // A learning statement of the other organization's, which no home token may read.
    await t.ctx.db.transaction().execute((trx) =>
      recordStatement(trx, {
        organizationId: foreign.id,
        publicUrl: 'http://leeway.test',
        actor: {
          personId: foreign.people.agent.id,
          name: 'Theirs',
          email: foreign.people.agent.email,
        },
        verb: 'launched',
        object: { activityId: foreignTraining.courseId, name: 'Their course', type: 'course' },
        timestamp: t.clock.now(),
      }),
    );
  });
  afterAll(() => t.close());

  /** The other organization's record of the kind a route's :id names; a new kind must be added here. */
  function foreignIdFor(url: string): string {
    const kinds: Array<[RegExp, string]> = [
      [/^\/api\/people\//, foreign.people.agent.id],
      [/^\/api\/teams\//, foreign.teamId],
      [/^\/api\/customers\//, foreign.customerId],
      [/^\/api\/tokens\//, foreignTokenId],
      [/^\/api\/me\/tokens\//, foreignTokenId],
      [/^\/api\/contacts\//, foreignContactId],
      [/^\/api\/resolutions\//, foreignResolutionId],
      [/^\/api\/approvals\//, foreignApprovalId],
      [/^\/api\/imports\//, foreignImportId],
      [/^\/api\/invitations\//, foreignInvitationId],
      [/^\/api\/knowledge\/articles\//, foreignArticleId],
      [/^\/api\/knowledge\/flags\//, foreignFlagId],
      [/^\/api\/training\/courses\//, foreignTraining.courseId],
      [/^\/api\/training\/attempts\//, foreignTraining.attemptId],
      [/^\/api\/training\/certifications\//, foreignTraining.certificationId],
      [/^\/api\/training\/practice\//, foreignPracticeId],
      [/^\/api\/training\/assignments\//, foreignAssignmentId],
    ];
    const match = kinds.find(([pattern]) => pattern.test(url));
    if (!match) throw new Error(`No foreign record known for ${url}: add one to foreignIdFor`);
    return match[1];
  }

  /** A body that passes validation, so the 404 comes from the tenancy check and not from a 400. */
  const validBodies: Record<string, Record<string, unknown>> = {
    'PATCH /api/people/:id': { name: 'Renamed' },
    'PATCH /api/contacts/:id': { notes: 'Mine now' },
    'POST /api/contacts/:id/resolutions': {
      type: 'refund',
      amount: 10_00,
      currency: 'USD',
      reason: 'x',
      idempotencyKey: 'tenancy-probe-1',
    },
    'POST /api/approvals/:id/deny': { note: 'no' },
    'POST /api/customers/:id/merge': { duplicateId: '00000000-0000-4000-8000-000000000000' },
    'PUT /api/people/:id/knowledge-licence': { licence: 'candidate' },
    'PATCH /api/knowledge/articles/:id': { title: 'Mine now', expectedVersion: 1 },
    'POST /api/knowledge/articles/:id/state': { state: 'archived' },
    'POST /api/knowledge/articles/:id/flags': { comment: 'wrong' },
    'PUT /api/training/courses/:id': {
      title: 'Probe',
      passMark: 50,
      questionsPerAttempt: 1,
      questions: [{ kind: 'true_false', prompt: 'True?', correct: [0] }],
    },
    'POST /api/knowledge/flags/:id/resolve': { note: 'fixed' },
    'POST /api/contacts/:id/articles': { articleId: '00000000-0000-4000-8000-000000000000' },
    'POST /api/knowledge/articles/:id/reviews': { met: [], comment: 'probe' },
    'POST /api/training/attempts/:id/answers': {
      questionId: '00000000-0000-4000-8000-000000000000',
      answer: [0],
    },
    'POST /api/training/certifications/:id/revoke': { reason: 'probe' },
    'POST /api/training/practice/:id/answer': {
      type: 'refund',
      amount: 10_00,
      currency: 'USD',
      decision: 'grant',
    },
  };

  it('lists routes, each with a declared access', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(10);
    expect(t.app.xapiRoutes.map((r) => `${r.method} ${r.url}`)).toContain('GET /xapi/statements');
    for (const route of everyRoute())
      expect(route.access, `${route.method} ${route.url}`).toBeTruthy();
  });

  it("answers 404 for another organization's records, even to an admin", async () => {
    const withId = t.app.apiRoutes.filter((r) => r.url.includes(':id'));
    expect(withId.length).toBeGreaterThan(0);
    for (const route of withId) {
      const url = route.url
        .replace(':id', foreignIdFor(route.url))
        .replace(':lessonId', foreignTraining.lessonId);
      const body = validBodies[`${route.method} ${route.url}`];
      const response = await clients.admin.request(
        route.method as 'GET',
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : (body ?? {}),
      );
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it("never lists another organization's records", async () => {
    // The event stream never ends; its isolation is tested in server/modules/events.
    const lists = everyRoute().filter(
      (r) =>
        r.method === 'GET' &&
        !r.url.includes(':id') &&
        r.access !== 'public' &&
        r.url !== '/api/events',
    );
    for (const route of lists) {
      // A ledger entry is named by its sequence number, which every organization's ledger has its own of.
      const response = await clientFor('admin', route.url).get(route.url.replace(':seq', '1'));
      // A token reads the LRS; a refusal there would prove nothing about what it serves.
      if (route.url.startsWith('/xapi/'))
        expect(response.statusCode, `${route.url}: ${response.body}`).toBe(200);
      const body = response.body;
      expect(body, route.url).not.toContain(foreign.id);
      expect(body, route.url).not.toContain(foreign.people.agent.id);
      expect(body, route.url).not.toContain(foreign.customerId);
      expect(body, route.url).not.toContain('foreign.test');
    }
  });

  it('refuses every role an ability leaves out with 403', async () => {
    let checked = 0;
    for (const route of everyRoute()) {
      if (route.access === 'public' || route.access === 'signed-in') continue;
      const allowed = abilities[route.access] as readonly string[];
      for (const role of Object.keys(clients) as Role[]) {
        if (allowed.includes(role)) continue;
        const url = route.url.replace(':id', home.people.agent.id);
        const response = await clientFor(role, route.url).request(
          route.method as 'GET',
          url,
          route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
        );
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('lets the auditor through every route its abilities name, and through no other', async () => {
    const asAuditor = everyRoute().filter(
      (r) =>
        r.access !== 'public' &&
        r.access !== 'signed-in' &&
        (abilities[r.access] as readonly string[]).includes('auditor'),
    );
    expect(asAuditor.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        'GET /api/organization',
        'GET /api/ledger/verify',
        'GET /api/ledger/entries',
        'GET /api/resolutions',
        'POST /api/me/tokens',
        'GET /xapi/statements',
      ]),
    );
    for (const route of asAuditor) {
      const url = route.url.replace(':id', home.people.agent.id).replace(':seq', '1');
      const response = await clientFor('auditor', route.url).request(
        route.method as 'GET',
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      const name = `auditor ${route.method} ${route.url}: ${response.body}`;
      expect(response.statusCode, name).not.toBe(403);
      expect(response.statusCode, name).toBeLessThan(500);
      if (route.method === 'GET' && !/:id|:seq/.test(route.url))
        expect(response.statusCode, name).toBe(200);
    }
  });

  it("answers public routes without credentials, never with an organization's records", async () => {
    const publicRoutes = everyRoute().filter((r) => r.access === 'public');
    expect(publicRoutes.map((r) => `${r.method} ${r.url}`)).toContain('POST /api/setup');
    for (const route of publicRoutes) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url,
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      const name = `${route.method} ${route.url}: ${response.body}`;
      // A public write does nothing without a valid body; a public read is not a record of anyone's.
      if (route.method !== 'GET') expect(response.statusCode, name).toBe(400);
      else expect(response.statusCode, name).toBeLessThan(500);
      for (const org of [home, foreign]) {
        expect(response.body, name).not.toContain(org.id);
        expect(response.body, name).not.toContain(org.people.admin.id);
        expect(response.body, name).not.toContain(org.customerId);
      }
    }
  });

  it('refuses every non-public route without credentials', async () => {
    for (const route of everyRoute().filter((r) => r.access !== 'public')) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: route.url.replace(':id', home.people.agent.id),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });
});
