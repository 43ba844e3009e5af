import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAssignmentRecord } from '../modules/assignments/assignments-testing.ts';
import { insertPublishedPolicy } from '../modules/authority/commands/insert-published-policy.ts';
import { createApiToken } from '../modules/tokens/commands/create-api-token.ts';
import { fixturePolicy } from '../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../testing/test-app.ts';

/**
 * Every list pages with an opaque cursor: following nextCursor returns each row exactly once even
 * when rows are added between pages, and a cursor a list did not give out is a 400 naming `cursor`.
 */
describe('every list pages with a cursor', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  const clients = {} as Record<'admin' | 'agent' | 'manager', TestClient>;
  let contactId: string;
  let added = 0;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'paging');
    clients.admin = await signIn(t.app, org.people.admin.email);
    clients.agent = await signIn(t.app, org.people.agent.email);
    clients.manager = await signIn(t.app, org.people.manager.email);
    contactId = (
      await clients.agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id;
  });
  afterAll(() => t.close());

  const requestApproval = async () => {
    const answer = await clients.agent.post(`/api/contacts/${contactId}/resolutions`, {
      type: 'refund',
      amount: 150_00,
      currency: 'USD',
      reason: 'Needs a yes',
      idempotencyKey: randomUUID(),
    });
    expect(answer.statusCode, answer.body).toBe(201);
    return answer.json().resolution.approval.id as string;
  };

  /** Each list: who reads it, what names a row, and how one more row is added. */
  const lists: Array<{
    url: string;
    field: string;
    as: keyof typeof clients;
    keyOf: (row: Record<string, unknown>) => string;
    add: () => Promise<unknown>;
  }> = [
    {
      url: '/api/people',
      field: 'people',
      as: 'admin',
      keyOf: (r) => r.id as string,
      add: () =>
        t.ctx.db
          .insertInto('people')
          .values({
            organizationId: org.id,
            email: `p${added++}@paging.test`,
            name: `Agent ${added % 3}`,
            role: 'agent',
          })
          .execute(),
    },
    {
      url: '/api/teams',
      field: 'teams',
      as: 'agent',
      keyOf: (r) => r.id as string,
      add: () =>
        t.ctx.db
          .insertInto('teams')
          .values({ organizationId: org.id, name: `Team ${'ZAYBXC'[added % 6]}${added++}` })
          .execute(),
    },
    {
      url: '/api/customers',
      field: 'customers',
      as: 'agent',
      keyOf: (r) => r.id as string,
      add: () =>
        t.ctx.db
          .insertInto('customers')
          .values({
            organizationId: org.id,
            externalRef: `C-page-${added++}`,
            name: 'Same Name',
            segment: 'regular',
            lifetimeValueMinor: 0,
            currency: 'USD',
            flags: '[]',
          })
          .execute(),
    },
    {
      url: '/api/contacts',
      field: 'contacts',
      as: 'agent',
      keyOf: (r) => r.id as string,
      add: () =>
        clients.agent.post('/api/contacts', { customerId: org.customerId, channel: 'chat' }),
    },
    {
      url: '/api/approvals?status=pending',
      field: 'approvals',
      as: 'manager',
      keyOf: (r) => r.id as string,
      add: requestApproval,
    },
    {
      url: '/api/approvals?status=decided',
      field: 'approvals',
      as: 'manager',
      keyOf: (r) => r.id as string,
      add: async () => {
        const id = await requestApproval();
        const answer = await clients.manager.post(`/api/approvals/${id}/deny`, { note: 'No' });
        expect(answer.statusCode, answer.body).toBe(200);
      },
    },
    {
      url: '/api/tokens',
      field: 'tokens',
      as: 'admin',
      keyOf: (r) => r.id as string,
      add: () =>
        createApiToken({
          db: t.ctx.db,
          organizationId: org.id,
          name: `t${added++}`,
          createdBy: null,
        }),
    },
    {
      url: '/api/authority/policy/versions',
      field: 'versions',
      as: 'admin',
      keyOf: (r) => String(r.version),
      add: () =>
        insertPublishedPolicy({
          db: t.ctx.db,
          organizationId: org.id,
          document: fixturePolicy,
          personId: org.people.admin.id,
          note: `v${added++}`,
          now: t.clock.now(),
        }),
    },
    {
      url: '/api/ledger/checkpoints',
      field: 'checkpoints',
      as: 'admin',
      keyOf: (r) => r.signature as string,
      // A checkpoint of the same tree at the same moment is the same signature: one second later.
      add: () => {
        t.clock.advance(1_000);
        return clients.admin.get('/api/ledger/checkpoint');
      },
    },
    {
      // Browsing the knowledge base: a rep with no licence reads the validated articles.
      url: '/api/knowledge/articles',
      field: 'articles',
      as: 'agent',
      keyOf: (r) => r.id as string,
      add: async () => {
        const answer = await clients.admin.post('/api/knowledge/articles', {
          title: `Article ${added++}`,
          problem: 'The tent never came',
          resolution: 'Reship it.',
          visibility: 'internal',
          state: 'validated',
        });
        expect(answer.statusCode, answer.body).toBe(201);
      },
    },
    {
      url: '/api/training/assignments',
      field: 'assignments',
      as: 'admin',
      keyOf: (r) => r.id as string,
      add: () => createAssignmentRecord(t.ctx.db, org.id, org.people.agent.id),
    },
    {
      url: '/api/authority-levels',
      field: 'levels',
      as: 'agent',
      keyOf: (r) => r.id as string,
      add: () =>
        t.ctx.db
          .insertInto('authorityLevels')
          .values({
            organizationId: org.id,
            key: `extra_${added}`,
            name: `Extra ${added}`,
            rank: 10 + added++,
          })
          .execute(),
    },
  ];

  const withCursor = (url: string, query: string) =>
    `${url}${url.includes('?') ? '&' : '?'}${query}`;

  async function readAll(list: (typeof lists)[number], between?: () => Promise<unknown>) {
    const keys: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await clients[list.as].get(
        withCursor(list.url, `limit=2${cursor ? `&cursor=${cursor}` : ''}`),
      );
      expect(response.statusCode, `${list.url}: ${response.body}`).toBe(200);
      const body = response.json();
      keys.push(...(body[list.field] as Array<Record<string, unknown>>).map(list.keyOf));
      cursor = body.nextCursor;
      pages++;
      if (between) await between();
    } while (cursor);
    return { keys, pages };
  }

  it.each(lists.map((l) => [l.url, l]))(
    '%s returns every row exactly once while rows are added between pages',
    async (_, list) => {
      for (let i = 0; i < 5; i++) await list.add();
      const before = (await readAll(list)).keys;
      expect(before.length).toBeGreaterThanOrEqual(5);
      const { keys, pages } = await readAll(list, list.add);
      expect(pages).toBeGreaterThan(2);
      expect(new Set(keys).size, `${list.url}: ${keys.join(' ')}`).toBe(keys.length);
      for (const key of before) expect(keys).toContain(key);
      const tampered = await clients[list.as].get(
        withCursor(list.url, 'cursor=eyJub3QiOiJ5b3VycyJ9'),
      );
      expect(tampered.statusCode).toBe(400);
      expect(tampered.json().error.field).toBe('cursor');
    },
  );

  it('covers every list the app registers: a GET answering an array honours ?cursor=', async () => {
    // Not lists, though they answer arrays: the caller's own abilities and allowances, the draft
    // policy's document (its levels and rules), each bounded by the policy, and the content
    // standard's checklist, a handful of criteria read and replaced whole.
    const notLists = new Set([
      '/api/me',
      '/api/authority/me',
      '/api/authority/policy/draft',
      '/api/knowledge/standard',
      // The learner's own overview: one attempt per course, one certification per catalogue key.
      '/api/training/me',
      // The trainer's figures and home: per team (at most 100), per type, and capped lists with counts.
      '/api/training/progress',
      '/api/training/today',
    ]);
    const ignored: string[] = [];
    for (const route of t.app.apiRoutes) {
      if (route.method !== 'GET' || route.url.includes(':') || route.access === 'public') continue;
      if (route.url === '/api/events' || notLists.has(route.url)) continue;
      const response = await clients.admin.get(`${route.url}?cursor=eyJub3QiOiJ5b3VycyJ9`);
      if (response.statusCode === 400 && response.json().error.field === 'cursor') continue;
      const body = String(response.headers['content-type']).includes('json') ? response.json() : {};
      if (Object.values(body).some(Array.isArray))
        ignored.push(`${route.url}: ${response.statusCode}`);
    }
    expect(ignored).toEqual([]);
  });

  it("refuses another list's cursor", async () => {
    const people = (await clients.admin.get('/api/people?limit=1')).json().nextCursor;
    const teams = await clients.admin.get(`/api/teams?cursor=${people}`);
    expect(teams.statusCode).toBe(400);
    expect(teams.json().error.field).toBe('cursor');
  });
});
