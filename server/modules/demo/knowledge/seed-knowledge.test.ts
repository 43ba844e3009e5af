import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp } from '../../../testing/test-app.ts';
import { defaultStandard } from '../../knowledge/standard/default-standard.ts';
import { verifyLedger } from '../../ledger/queries/verify-ledger.ts';
import { demoPassword } from '../demo-staff.ts';
import { seedDemo } from '../seed-demo.ts';

const DAY = 24 * 60 * 60 * 1000;

let t: TestApp;
let organizationId: string;
let now: Date;

beforeAll(async () => {
  t = await createTestApp();
  now = t.clock.now();
  // Another organization with its own contact and article, so "never across organizations" can fail.
  const other = await createFixtureOrganization(t.database.db, 'acme');
  await t.database.db
    .insertInto('contacts')
    .values({
      organizationId: other.id,
      customerId: other.customerId,
      openedBy: other.people.agent.id,
      channel: 'call',
    })
    .execute();
  await t.database.db
    .insertInto('knowledgeArticles')
    .values({
      organizationId: other.id,
      title: 'Acme: tracking says delivered',
      problem: 'Not here',
      resolution: 'Send another',
      visibility: 'internal',
      state: 'validated',
      createdAt: now,
      updatedAt: now,
      searchVector: sql`''::tsvector`,
    })
    .execute();
  organizationId = (await seedDemo({ db: t.database.db, now })).organizationId;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const q = <T>(query: ReturnType<typeof sql<T>>) => query.execute(t.database.db).then((r) => r.rows);

describe("the demo's knowledge base, as the knowledge metrics read it", () => {
  it('has articles in every state, both visibilities, with a search vector each', async () => {
    const rows = await q<{ state: string; visibility: string; n: number; empty: number }>(sql`
      select state, visibility, count(*)::int as n, count(*) filter (where search_vector = ''::tsvector)::int as empty
      from knowledge_articles where organization_id = ${organizationId} group by state, visibility`);
    const states = new Set(rows.map((r) => r.state));
    expect([...states].sort()).toEqual(['archived', 'draft', 'not_validated', 'validated']);
    expect(new Set(rows.map((r) => r.visibility))).toEqual(new Set(['internal', 'external']));
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBeGreaterThanOrEqual(140);
    expect(rows.reduce((sum, r) => sum + r.empty, 0)).toBe(0);
  });

  it('keeps every version, numbered 1…version, the last one being the article; some edited by several people', async () => {
    const broken = await q<{ id: string }>(sql`
      select a.id from knowledge_articles a
      left join knowledge_article_versions v on v.article_id = a.id
      where a.organization_id = ${organizationId}
      group by a.id, a.version, a.resolution, a.state, a.title
      having count(v.version) <> a.version or max(v.version) <> a.version
        or bool_or(v.version = a.version and (v.resolution <> a.resolution or v.state <> a.state or v.title <> a.title))`);
    expect(broken).toEqual([]);
    const [authors] = await q<{ several: number; edited: number }>(sql`
      select count(*) filter (where authors >= 3)::int as several, count(*) filter (where versions >= 4)::int as edited
      from (select article_id, count(distinct author_id) as authors, count(*) as versions
            from knowledge_article_versions where organization_id = ${organizationId} group by article_id) x`);
    expect(authors!.several).toBeGreaterThanOrEqual(10);
    expect(authors!.edited).toBeGreaterThanOrEqual(10);
  });

  it('gives licences of each kind, granted by the admin, and every owner a licence', async () => {
    const licences = await q<{ licence: string }>(sql`
      select distinct licence from knowledge_licences where organization_id = ${organizationId}`);
    expect(licences.map((l) => l.licence).sort()).toEqual([
      'candidate',
      'coach',
      'contributor',
      'publisher',
    ]);
    const unlicensed = await q<{ title: string }>(sql`
      select a.title from knowledge_articles a left join knowledge_licences l on l.person_id = a.owner_id
      where a.organization_id = ${organizationId} and l.person_id is null`);
    expect(unlicensed).toEqual([]);
  });

  it('has open flags raised by people and by a policy change, and resolved ones with a note', async () => {
    const flags = await q<{ source: string; open: boolean; noted: boolean; n: number }>(sql`
      select source, resolved_at is null as open, resolution_note is not null and resolved_by is not null as noted,
        count(*)::int as n
      from knowledge_flags where organization_id = ${organizationId} group by 1, 2, 3`);
    const count = (source: string, open: boolean) =>
      flags.filter((f) => f.source === source && f.open === open).reduce((s, f) => s + f.n, 0);
    expect(count('person', true)).toBeGreaterThanOrEqual(5);
    expect(count('policy_change', true)).toBe(1);
    expect(count('person', false)).toBeGreaterThanOrEqual(5);
    expect(flags.filter((f) => !f.open && !f.noted)).toEqual([]);
  });

  it('links articles on closed past contacts of the last 90 days, while the contact was open, never across organizations', async () => {
    const [links] = await q<{ n: number; outside: number; crossing: number }>(sql`
      select count(*)::int as n,
        count(*) filter (where c.status <> 'closed' or l.created_at < c.opened_at or l.created_at > c.closed_at
          or c.opened_at < ${new Date(now.getTime() - 91 * DAY)})::int as outside,
        count(*) filter (where c.organization_id <> l.organization_id or a.organization_id <> l.organization_id)::int as crossing
      from knowledge_links l join contacts c on c.id = l.contact_id join knowledge_articles a on a.id = l.article_id
      where l.organization_id = ${organizationId} or c.organization_id = ${organizationId} or a.organization_id = ${organizationId}`);
    expect(links!.n).toBeGreaterThan(500);
    expect(links!.outside).toBe(0);
    expect(links!.crossing).toBe(0);
    const kinds = await q<{ kind: string }>(sql`
      select distinct kind from knowledge_links where organization_id = ${organizationId}`);
    expect(kinds.map((k) => k.kind).sort()).toEqual(['created', 'flagged', 'reused']);
  });

  it('keeps reuse_count and last_reused_at equal to the reused links, with a long tail', async () => {
    const rows = await q<{ reuseCount: number; links: number; lastOk: boolean }>(sql`
      select a.reuse_count, count(l.id)::int as links,
        a.last_reused_at is not distinct from max(l.created_at) as last_ok
      from knowledge_articles a left join knowledge_links l on l.article_id = a.id and l.kind = 'reused'
      where a.organization_id = ${organizationId} group by a.id`);
    expect(rows.filter((r) => r.reuseCount !== r.links || !r.lastOk)).toEqual([]);
    const counts = rows.map((r) => r.links).sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThanOrEqual(30);
    expect(counts.filter((n) => n <= 2).length).toBeGreaterThanOrEqual(30);
  });

  it('logs the searches, with gaps: searches in the last 30 days on contacts that got no link', async () => {
    const [gaps] = await q<{ n: number }>(sql`
      select count(*)::int as n from knowledge_searches s
      where s.organization_id = ${organizationId} and s.created_at >= ${new Date(now.getTime() - 30 * DAY)}
        and not exists (select 1 from knowledge_links l where l.contact_id = s.contact_id)`);
    expect(gaps!.n).toBeGreaterThanOrEqual(10);
    const unlearned = await q<{ id: string }>(sql`
      select l.id from knowledge_links l
      where l.organization_id = ${organizationId} and l.query is not null and not exists (
        select 1 from knowledge_learned_terms t where t.article_id = l.article_id and t.organization_id = l.organization_id)`);
    expect(unlearned).toEqual([]);
  });

  it("has the coach's quality reviews, scored against the checklist on a version that exists, by its author", async () => {
    const [reviews] = await q<{ n: number; wrong: number; authors: number }>(sql`
      select count(*)::int as n, count(distinct r.author_id)::int as authors,
        count(*) filter (where v.version is null or v.author_id is distinct from r.author_id
          or r.score <> round(100.0 * cardinality(r.met_criteria) / r.total_criteria)
          or r.total_criteria <> (select count(*) from knowledge_standard_criteria c
                                  where c.organization_id = r.organization_id and c.active)
          or exists (select 1 from unnest(r.met_criteria) m where m not in (
                     select c.id from knowledge_standard_criteria c where c.organization_id = r.organization_id)))::int as wrong
      from knowledge_quality_reviews r
      left join knowledge_article_versions v on v.article_id = r.article_id and v.version = r.article_version
      where r.organization_id = ${organizationId}`);
    expect(reviews!.n).toBeGreaterThanOrEqual(20);
    expect(reviews!.authors).toBeGreaterThanOrEqual(5);
    expect(reviews!.wrong).toBe(0);
  });

  it('records the licences and publications in a ledger that still verifies', async () => {
    const kinds = await q<{ kind: string; n: number }>(sql`
      select kind, count(*)::int as n from ledger_entries
      where organization_id = ${organizationId} and kind like 'knowledge.%' group by kind`);
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'knowledge.article_archived',
      'knowledge.article_published',
      'knowledge.licence_granted',
    ]);
    expect(await verifyLedger({ db: t.database.db, organizationId })).toMatchObject({ ok: true });
  });

  it('shows a past contact and the article reused on it to a rep, through the API', async () => {
    const [row] = await q<{ contactId: string; articleId: string; query: string }>(sql`
      select l.contact_id, l.article_id, l.query from knowledge_links l
      join knowledge_articles a on a.id = l.article_id
      where l.organization_id = ${organizationId} and l.kind = 'reused' and a.state = 'validated'
      order by a.reuse_count desc, l.created_at limit 1`);
    const rep = await signIn(t.app, 'agent@northwind.example', demoPassword);
    const contact = await rep.get(`/api/contacts/${row!.contactId}`);
    expect(contact.statusCode).toBe(200);
    expect(contact.json()).toMatchObject({ contact: { id: row!.contactId, status: 'closed' } });
    const links = await rep.get(`/api/contacts/${row!.contactId}/articles`);
    expect(links.statusCode).toBe(200);
    expect(links.json().links).toContainEqual(
      expect.objectContaining({
        kind: 'reused',
        query: row!.query,
        article: expect.objectContaining({ id: row!.articleId }),
      }),
    );
    const detail = await rep.get(`/api/knowledge/articles/${row!.articleId}`);
    expect(detail.statusCode).toBe(200);
    const { article, versions } = detail.json();
    expect(article.reuseCount).toBeGreaterThanOrEqual(30);
    expect(versions).toHaveLength(article.version);
  });

  it('counts the next reuse from the seeded count, as the link command keeps it', async () => {
    const [row] = await q<{ contactId: string; articleId: string; reuseCount: number }>(sql`
      select c.id as contact_id, a.id as article_id, a.reuse_count from contacts c, knowledge_articles a
      where c.organization_id = ${organizationId} and a.organization_id = ${organizationId}
        and a.state = 'validated' and a.visibility = 'internal'
        and not exists (select 1 from knowledge_links l where l.contact_id = c.id)
      order by a.reuse_count desc, c.opened_at desc limit 1`);
    const rep = await signIn(t.app, 'senior@northwind.example', demoPassword);
    const linked = await rep.post(`/api/contacts/${row!.contactId}/articles`, {
      articleId: row!.articleId,
      query: 'still not here',
    });
    expect(linked.statusCode).toBe(201);
    const detail = await rep.get(`/api/knowledge/articles/${row!.articleId}`);
    expect(detail.json().article.reuseCount).toBe(row!.reuseCount + 1);
  });

  it("puts the open flags, the policy change's among them, in a publisher's queue", async () => {
    const publisher = await signIn(t.app, 'supervisor@northwind.example', demoPassword);
    const response = await publisher.get('/api/knowledge/flags?open=true&limit=200');
    expect(response.statusCode).toBe(200);
    const flags: Array<{ source: string; resolvedAt: string | null }> = response.json().flags;
    expect(flags.filter((f) => f.source === 'person').length).toBeGreaterThanOrEqual(5);
    expect(flags.filter((f) => f.source === 'policy_change')).toHaveLength(1);
    expect(flags.every((f) => f.resolvedAt === null)).toBe(true);
  });

  it('fills every figure of the knowledge page for the admin, on the default checklist', async () => {
    const admin = await signIn(t.app, 'admin@northwind.example', demoPassword);
    const response = await admin.get('/api/knowledge/metrics');
    expect(response.statusCode).toBe(200);
    const metrics = response.json();
    expect(metrics.linkRate.closed).toBeGreaterThan(1000);
    expect(metrics.linkRate.rate).toBeGreaterThan(0.4);
    expect(metrics.linkRate.rate).toBeLessThan(0.9);
    expect(metrics.reuse[0].count).toBeGreaterThanOrEqual(30);
    expect(metrics.contributors.length).toBeGreaterThanOrEqual(10);
    expect(metrics.openFlags.count).toBeGreaterThanOrEqual(6);
    expect(metrics.gaps.length).toBeGreaterThanOrEqual(5);
    expect(metrics.stale.count).toBeGreaterThan(0);
    expect(metrics.quality.articles.length).toBeGreaterThanOrEqual(20);
    expect(metrics.quality.authors.length).toBeGreaterThanOrEqual(5);
    const standard = await admin.get('/api/knowledge/standard');
    expect(standard.statusCode).toBe(200);
    expect(standard.json().criteria.map((c: { label: string }) => c.label)).toEqual(
      defaultStandard.map((c) => c.label),
    );
  });
});
