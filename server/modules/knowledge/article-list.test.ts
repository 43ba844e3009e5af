import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

type Listed = { id: string; title: string; state: string; createdAt: string };

/** GET /api/knowledge/articles: browsing without a query, as search sees, newest first, not logged. */
describe('browsing the knowledge base', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let kh: ReturnType<typeof knowledgeHelpers>;
  let admin: TestClient;
  let candidate: TestClient;
  let reader: TestClient;
  const ids = {} as Record<'mine' | 'theirs' | 'shared' | 'validated' | 'archived', string>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kbrowse');
    kh = knowledgeHelpers(t, org);
    await kh.grant(org.people.agent.id, 'candidate');
    await kh.grant(org.people.agent2.id, 'candidate');
    admin = await signIn(t.app, org.people.admin.email);
    candidate = await signIn(t.app, org.people.agent.email);
    reader = await signIn(t.app, org.people.supervisor.email);
    const other = await signIn(t.app, org.people.agent2.email);
    const write = async (client: TestClient, body: Record<string, unknown>) => {
      t.clock.advance(1_000);
      return (await kh.write(client, body)).id;
    };
    ids.mine = await write(candidate, { title: 'My draft', tags: ['tent'] });
    ids.theirs = await write(other, { title: 'Their draft' });
    ids.shared = await write(candidate, { title: 'Shared', state: 'not_validated' });
    ids.validated = await write(admin, {
      title: 'Validated external',
      state: 'validated',
      visibility: 'external',
      typeKeys: ['replacement'],
      tags: ['tent'],
    });
    ids.archived = await write(admin, { title: 'Old', state: 'validated' });
    const archived = await admin.post(`/api/knowledge/articles/${ids.archived}/state`, {
      state: 'archived',
    });
    expect(archived.statusCode, archived.body).toBe(200);
  });
  afterAll(() => t.close());

  async function list(client: TestClient, query = ''): Promise<Listed[]> {
    const answer = await client.get(`/api/knowledge/articles${query}`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json().articles;
  }
  const titles = async (client: TestClient, query = '') =>
    (await list(client, query)).map((a) => a.title);

  it('shows a rep the validated and not-validated articles and their own drafts, newest first', async () => {
    expect(await titles(candidate)).toEqual(['Validated external', 'Shared', 'My draft']);
    expect(await titles(reader)).toEqual(['Validated external', 'Shared']);
    // Archived only when asked for, and then only to a publisher, as search does.
    expect(await titles(reader, '?state=archived')).toEqual([]);
    expect(await titles(admin)).toEqual([
      'Validated external',
      'Shared',
      'Their draft',
      'My draft',
    ]);
    expect(await titles(admin, '?state=archived')).toEqual(['Old']);
  });

  it("filters by state, type, tag and visibility, as search's filters do", async () => {
    expect(await titles(candidate, '?state=draft,not_validated')).toEqual(['Shared', 'My draft']);
    expect(await titles(candidate, '?type=replacement&state=validated')).toEqual([
      'Validated external',
    ]);
    expect(await titles(candidate, '?tag=tent')).toEqual(['Validated external', 'My draft']);
    expect(await titles(candidate, '?visibility=internal')).toEqual(['Shared', 'My draft']);
    const listed = (await list(candidate, '?tag=tent'))[0]!;
    expect(listed).toMatchObject({
      id: ids.validated,
      state: 'validated',
      visibility: 'external',
      typeKeys: ['replacement'],
      tags: ['tent'],
      problem: 'My tent never showed up',
      reuseCount: 0,
    });
  });

  it('refuses what is not a filter, naming it', async () => {
    for (const [query, field] of [
      ['?state=lost', 'state'],
      ['?visibility=public', 'visibility'],
      ['?limit=0', 'limit'],
      ['?cursor=eyJub3QiOiJ5b3VycyJ9', 'cursor'],
      // An unknown parameter is the query string's fault, as on every strict query.
      ['?q=tent', 'querystring'],
    ] as const) {
      const answer = await candidate.get(`/api/knowledge/articles${query}`);
      expect(answer.statusCode, query).toBe(400);
      // A state names its place in the list: state.0.
      expect(answer.json().error.field, query).toMatch(new RegExp(`^${field}\\b`));
    }
  });

  it('writes no search log row: browsing is not a search, and feeds neither gaps nor learning', async () => {
    const logged = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('knowledgeSearches')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('organizationId', '=', org.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await logged();
    await list(candidate, '?type=replacement&state=validated&limit=5');
    await list(admin);
    expect(await logged()).toBe(before);
  });

  it('pages on when each was written: edits, renames and new articles between pages neither skip nor repeat one', async () => {
    const present: string[] = [];
    for (let i = 0; i < 7; i++) {
      t.clock.advance(1_000);
      present.push((await kh.write(admin, { title: `Walk ${i}`, tags: ['walk'] })).id);
    }
    const walked: string[] = [];
    let cursor: string | null = null;
    let page = 0;
    do {
      const answer = await admin.get(
        `/api/knowledge/articles?tag=walk&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(answer.statusCode, answer.body).toBe(200);
      const body = answer.json() as { articles: Listed[]; nextCursor: string | null };
      walked.push(...body.articles.map((a) => a.id));
      cursor = body.nextCursor;
      // Between pages: the oldest one is fixed (its title and update time move it in any other
      // order) and a new one is written.
      const oldest = present[page++ % 2]!;
      const version = (await admin.get(`/api/knowledge/articles/${oldest}`)).json().article.version;
      t.clock.advance(1_000);
      await admin.patch(`/api/knowledge/articles/${oldest}`, {
        title: `A renamed ${page}`,
        expectedVersion: version,
      });
      await kh.write(admin, { title: `New ${page}`, tags: ['walk'] });
    } while (cursor);
    expect(new Set(walked).size).toBe(walked.length);
    expect(present.filter((id) => !walked.includes(id))).toEqual([]);
  });
});
