import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { knowledgeHelpers } from '../knowledge-testing.ts';

type Result = {
  article: { id: string; title: string; state: string };
  snippet: string;
  highlights: { start: number; end: number }[];
};

describe('knowledge search over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let agent: TestClient;
  let senior: TestClient;
  const ids: Record<string, string> = {};

  const search = async (client: TestClient, query: string) => {
    const response = await client.get(`/api/knowledge/search?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().results as Result[];
  };
  const titles = (results: Result[]) => results.map((r) => r.article.title);

  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: process.env.KS_LOG ?? 'silent' } });
    org = await createFixtureOrganization(t.ctx.db, 'kfind');
    admin = await signIn(t.app, org.people.admin.email);
    agent = await signIn(t.app, org.people.agent.email);
    senior = await signIn(t.app, org.people.agent2.email);
    const k = knowledgeHelpers(t, org);
    await k.grant(org.people.agent.id, 'candidate');
    await k.grant(org.people.agent2.id, 'candidate');
    const article = async (key: string, client: TestClient, body: Record<string, unknown>) => {
      ids[key] = (await k.write(client, body)).id;
    };
    await article('delivery', admin, {
      title: 'Missing delivery',
      problem: 'The parcel never arrived. <script>alert(1)</script>',
      resolution: 'Check the carrier tracking; reship when the carrier confirms it is lost.',
      state: 'validated',
      tags: ['delivery'],
    });
    await article('zip', admin, {
      title: 'Broken jacket zip',
      problem: 'The zipper on my jacket came apart',
      resolution: 'Offer a free zip repair under warranty.',
      state: 'validated',
      typeKeys: ['replacement'],
      visibility: 'external',
    });
    await article('unverified', admin, {
      title: 'Carrier lost the parcel at the depot',
      problem: 'Parcel stuck at the depot',
      resolution: 'Ask the carrier to trace it.',
      state: 'not_validated',
    });
    await article('agentDraft', agent, {
      title: 'Parcel left with a neighbour',
      problem: 'Neighbour has my parcel',
      state: 'draft',
    });
    await article('seniorDraft', senior, {
      title: 'Parcel thrown over the fence',
      problem: 'Driver threw my parcel',
      state: 'draft',
    });
    await article('archived', admin, {
      title: 'Parcel insurance (old scheme)',
      problem: 'Parcel lost, insured',
      state: 'validated',
    });
    const archived = await admin.post(`/api/knowledge/articles/${ids.archived}/state`, {
      state: 'archived',
    });
    expect(archived.statusCode, archived.body).toBe(200);
  });
  afterAll(() => t.close());

  it('shows a rep validated and not-validated articles and their own drafts, never archived ones', async () => {
    const found = titles(await search(agent, 'q=parcel&limit=20'));
    expect(found).toEqual(
      expect.arrayContaining([
        'Missing delivery',
        'Carrier lost the parcel at the depot',
        'Parcel left with a neighbour',
      ]),
    );
    expect(found).not.toContain('Parcel thrown over the fence');
    expect(found).not.toContain('Parcel insurance (old scheme)');
    expect(titles(await search(agent, 'q=parcel&state=archived'))).toEqual([]);
  });

  it("shows a publisher everyone's drafts, and archived articles when asked for", async () => {
    const found = titles(await search(admin, 'q=parcel&limit=20'));
    expect(found).toEqual(
      expect.arrayContaining(['Parcel thrown over the fence', 'Parcel left with a neighbour']),
    );
    expect(found).not.toContain('Parcel insurance (old scheme)');
    expect(titles(await search(admin, 'q=parcel&state=archived'))).toEqual([
      'Parcel insurance (old scheme)',
    ]);
  });

  it('ranks the title above the body, corrects typos and finds words no article uses', async () => {
    expect(titles(await search(agent, 'q=delivery'))[0]).toBe('Missing delivery');
    expect(titles(await search(agent, 'q=delivry'))[0]).toBe('Missing delivery');
    // "zipper" is the article's word, "fastener" WordNet's: no article says it.
    expect(titles(await search(agent, 'q=jacket%20fastener%20broke'))[0]).toBe('Broken jacket zip');
  });

  it('takes websearch syntax: a quoted phrase must appear, a -word must not', async () => {
    expect(titles(await search(agent, 'q=%22carrier%20confirms%22'))).toEqual(['Missing delivery']);
    const without = titles(await search(agent, 'q=carrier%20-reship'));
    expect(without).toContain('Carrier lost the parcel at the depot');
    expect(without).not.toContain('Missing delivery');
  });

  it('filters by state, visibility, type and tag', async () => {
    expect(titles(await search(agent, 'q=parcel&state=not_validated'))).toEqual([
      'Carrier lost the parcel at the depot',
    ]);
    expect(titles(await search(agent, 'q=zip%20parcel&visibility=external'))).toEqual([
      'Broken jacket zip',
    ]);
    expect(titles(await search(agent, 'q=zip%20parcel&type=replacement'))).toEqual([
      'Broken jacket zip',
    ]);
    expect(titles(await search(agent, 'q=zip%20parcel&tag=delivery'))).toEqual([
      'Missing delivery',
    ]);
  });

  it('returns the snippet as plain text with ranges to highlight', async () => {
    const [hit] = await search(agent, 'q=tracking%20carrier&limit=1&tag=delivery');
    expect(hit!.article.title).toBe('Missing delivery');
    const marked = hit!.highlights.map((h) => hit!.snippet.slice(h.start, h.end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['carrier', 'tracking']));
    expect(hit!.snippet).not.toContain('<script');
    expect(hit!.snippet).not.toMatch(/[*#`]/);
    expect([...hit!.snippet].every((c) => c >= ' ')).toBe(true);
  });

  it('suggests as the rep types, the last word a prefix, and logs only searches', async () => {
    const before = await t.ctx.db.selectFrom('knowledgeSearches').select('id').execute();
    const response = await agent.get('/api/knowledge/suggest?q=jacket%20zipp');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().results[0].article.title).toBe('Broken jacket zip');
    const contact = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'call',
    });
    const contactId = contact.json().contact.id as string;
    await search(agent, `q=zip&contactId=${contactId}`);
    const logged = await t.ctx.db.selectFrom('knowledgeSearches').selectAll().execute();
    expect(logged.length).toBe(before.length + 1);
    expect(logged.at(-1)).toMatchObject({
      query: 'zip',
      contactId,
      personId: org.people.agent.id,
      resultCount: 1,
    });
  });

  it('names the field of a bad query', async () => {
    for (const [query, field] of [
      ['', 'q'],
      ['q=x&state=gone', 'state'],
      ['q=x&limit=0', 'limit'],
    ] as const) {
      const response = await agent.get(`/api/knowledge/search?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.body, query).toContain(field);
    }
  });

  it('after a search ends in a link, the same search ranks that article first', async () => {
    const q = 'courier dumped my box somewhere';
    const first = await search(agent, `q=${encodeURIComponent(q)}`);
    expect(first[0]?.article.id).not.toBe(ids.zip);
    const contact = await agent.post('/api/contacts', {
      customerId: org.customerId,
      channel: 'call',
    });
    const linked = await agent.post(`/api/contacts/${contact.json().contact.id}/articles`, {
      articleId: ids.zip,
      query: q,
    });
    expect(linked.statusCode, linked.body).toBeLessThan(300);
    expect((await search(agent, `q=${encodeURIComponent(q)}`))[0]?.article.id).toBe(ids.zip);
  });

  it("corrects against the organization's words as they are now", async () => {
    expect(titles(await search(admin, 'q=depott'))).toContain(
      'Carrier lost the parcel at the depot',
    );
    const current = (await admin.get(`/api/knowledge/articles/${ids.unverified}`)).json().article;
    const edited = await admin.patch(`/api/knowledge/articles/${ids.unverified}`, {
      title: 'Carrier lost the parcel',
      problem: 'Parcel stuck',
      expectedVersion: current.version,
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const vocabulary = await t.ctx.db
      .selectFrom('knowledgeLexemes')
      .select(['lexeme', 'articles'])
      .where('organizationId', '=', org.id)
      .where('lexeme', 'in', ['depot', 'parcel'])
      .orderBy('lexeme')
      .execute();
    expect(vocabulary).toEqual([
      { lexeme: 'depot', articles: 0 },
      { lexeme: 'parcel', articles: 5 },
    ]);
    expect(titles(await search(admin, 'q=depott'))).toEqual([]);
  });

  it('sees what another instance saved, at its next search (search ranks in memory)', async () => {
    expect(titles(await search(agent, 'q=zipper'))).toContain('Broken jacket zip');
    // Straight in the database, as another app instance's save would arrive: no event reaches this one.
    await sql`update knowledge_articles set title = 'Jammed tent door', search_vector =
        setweight(to_tsvector('english', 'Jammed tent door'), 'A')
      where id = ${ids.zip}`.execute(t.ctx.db);
    expect(titles(await search(agent, 'q=zipper'))).not.toContain('Broken jacket zip');
    expect(titles(await search(agent, 'q=jammed'))).toEqual(['Jammed tent door']);
    await sql`update knowledge_articles set state = 'archived' where id = ${ids.zip}`.execute(
      t.ctx.db,
    );
    expect(titles(await search(agent, 'q=jammed'))).toEqual([]);
  });

  it('numbers only the saves search reads: a reuse count changes no search version', async () => {
    const version = async () =>
      (
        await t.ctx.db
          .selectFrom('knowledgeSearchTotals')
          .select(sql<number>`version::float8`.as('version'))
          .where('organizationId', '=', org.id)
          .executeTakeFirstOrThrow()
      ).version;
    const before = await version();
    await sql`update knowledge_articles set reuse_count = reuse_count + 1 where id = ${ids.delivery}`.execute(
      t.ctx.db,
    );
    expect(await version()).toBe(before);
    await sql`update knowledge_articles set tags = '{delivery,courier}' where id = ${ids.delivery}`.execute(
      t.ctx.db,
    );
    expect(await version()).toBe(before + 1);
  });
});
