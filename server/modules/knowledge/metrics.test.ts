import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

const DAY = 86_400_000;

describe('knowledge metrics and the content standard', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let author: TestClient;
  let agent: TestClient;
  let coach: TestClient;
  let trainer: TestClient;
  let kh: ReturnType<typeof knowledgeHelpers>;
  const ids = {} as Record<'tent' | 'zip' | 'admins', string>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kmetrics');
    kh = knowledgeHelpers(t, org);
    await kh.grant(org.people.supervisor.id, 'contributor');
    admin = await signIn(t.app, org.people.admin.email);
    author = await signIn(t.app, org.people.supervisor.email);
    agent = await signIn(t.app, org.people.agent.email);
    coach = await signIn(t.app, org.people.manager.email);
    trainer = await signIn(t.app, org.people.trainer.email);
    ids.tent = (await kh.write(author, { state: 'validated' })).id;
    ids.zip = (
      await kh.write(author, { title: 'Broken zip', problem: 'The zip broke', state: 'validated' })
    ).id;
    ids.admins = (
      await kh.write(admin, {
        title: 'Store hours',
        problem: 'When do you open',
        state: 'validated',
      })
    ).id;
    await onContact({ search: 'tent never arrived', link: ids.tent });
    await onContact({ search: 'zip broke on day one' });
    await onContact({ link: ids.tent, refund: 50_00 });
    await agent.post(`/api/knowledge/articles/${ids.zip}/flags`, { comment: 'Warranty changed' });
  });
  afterAll(() => t.close());

  /** A contact the agent handles and closes: a search on it, a link, a refund within their authority. */
  async function onContact(steps: { search?: string; link?: string; refund?: number }) {
    const contactId = (
      await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id as string;
    if (steps.search)
      expect(
        (
          await agent.get(
            `/api/knowledge/search?q=${encodeURIComponent(steps.search)}&contactId=${contactId}`,
          )
        ).statusCode,
      ).toBe(200);
    t.clock.advance(60_000);
    if (steps.link) {
      const linked = await agent.post(`/api/contacts/${contactId}/articles`, {
        articleId: steps.link,
        ...(steps.search ? { query: steps.search } : {}),
      });
      expect(linked.statusCode, linked.body).toBe(201);
    }
    if (steps.refund) {
      const granted = await agent.post(`/api/contacts/${contactId}/resolutions`, {
        type: 'refund',
        amount: steps.refund,
        currency: 'USD',
        reason: 'late',
        idempotencyKey: `kmetrics-${contactId}`,
      });
      expect(granted.json().resolution.status, granted.body).toBe('granted');
    }
    expect((await agent.post(`/api/contacts/${contactId}/close`, {})).statusCode).toBe(200);
  }

  const metrics = async (client: TestClient = trainer, query = '') => {
    const response = await client.get(`/api/knowledge/metrics${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('shows leaders and coaches the figures, and nobody else', async () => {
    expect((await agent.get('/api/knowledge/metrics')).statusCode).toBe(403);
    expect((await coach.get('/api/knowledge/metrics')).statusCode).toBe(403);
    await kh.grant(org.people.manager.id, 'coach');
    await metrics(coach);
    await metrics(author);
    await metrics(admin);
  });

  it('counts the link rate, reuse, gaps, contributors, flags and articles resolving without approval', async () => {
    const m = await metrics();
    expect(m.linkRate).toMatchObject({ closed: 3, linked: 2 });
    expect(m.linkRate.rate).toBeCloseTo(2 / 3);
    expect(m.linkRate.weeks).toEqual([
      expect.objectContaining({ weekStart: '2026-11-16', closed: 3, linked: 2 }),
    ]);
    expect(m.reuse).toEqual([{ article: expect.objectContaining({ id: ids.tent }), count: 2 }]);
    expect(m.gaps).toEqual([expect.objectContaining({ query: 'zip broke on day one', count: 1 })]);
    expect(m.withoutApproval).toEqual([
      { article: expect.objectContaining({ id: ids.tent }), resolutions: 1 },
    ]);
    expect(m.contributors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          person: { id: org.people.supervisor.id, name: expect.any(String) },
          created: 2,
        }),
      ]),
    );
    expect(m.openFlags.count).toBe(1);
    expect(m.openFlags.oldest[0]).toMatchObject({
      article: { id: ids.zip },
      comment: 'Warranty changed',
    });
    expect(m.stale.count).toBe(0);
  });

  it('leaves out what falls outside the window, and names a bad window', async () => {
    const before = await metrics(trainer, '?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z');
    expect(before.linkRate).toEqual({ closed: 0, linked: 0, rate: null, weeks: [] });
    expect(before.reuse).toEqual([]);
    const reversed = await trainer.get(
      '/api/knowledge/metrics?from=2026-03-01T00:00:00Z&to=2026-02-01T00:00:00Z',
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.body).toContain('from');
    expect((await trainer.get('/api/knowledge/metrics?to=yesterday')).statusCode).toBe(400);
  });

  it('starts every organization on the KCS checklist, which only a coach or an admin rewrites', async () => {
    const standard = (await agent.get('/api/knowledge/standard')).json().criteria;
    expect(standard.length).toBe(8);
    expect(standard[0]).toMatchObject({ position: 1, label: 'Unique', active: true });
    expect(
      (await agent.put('/api/knowledge/standard', { criteria: [{ label: 'x' }] })).statusCode,
    ).toBe(403);
    const foreign = await coach.put('/api/knowledge/standard', {
      criteria: [{ id: '00000000-0000-4000-8000-000000000000', label: 'Unique' }],
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.field).toBe('criteria.0.id');
  });

  it('samples unreviewed articles spread over their authors, never the coach’s own', async () => {
    const sample = (await coach.get('/api/knowledge/review-sample?limit=2')).json().articles;
    expect(sample.map((a: { author: { id: string } }) => a.author.id).sort()).toEqual(
      [org.people.admin.id, org.people.supervisor.id].sort(),
    );
    const adminsSample = (await admin.get('/api/knowledge/review-sample')).json().articles;
    expect(adminsSample.map((a: { article: { id: string } }) => a.article.id)).not.toContain(
      ids.admins,
    );
  });

  it('scores a version against the active criteria, four eyes, and moves the author’s score', async () => {
    const criteria = (await coach.get('/api/knowledge/standard')).json().criteria as Array<{
      id: string;
    }>;
    const own = await admin.post(`/api/knowledge/articles/${ids.admins}/reviews`, {
      met: [],
      comment: '',
    });
    expect(own.statusCode).toBe(403);
    expect(
      (await agent.post(`/api/knowledge/articles/${ids.tent}/reviews`, { met: [] })).statusCode,
    ).toBe(403);
    const unknown = await coach.post(`/api/knowledge/articles/${ids.tent}/reviews`, {
      met: [criteria[0]!.id, '00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.field).toBe('met.1');

    const first = await coach.post(`/api/knowledge/articles/${ids.tent}/reviews`, {
      met: criteria.slice(0, 6).map((c) => c.id),
      comment: 'Say which carriers',
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().review).toMatchObject({
      score: 75,
      totalCriteria: 8,
      articleVersion: 1,
      author: { id: org.people.supervisor.id },
      coach: { id: org.people.manager.id },
    });
    expect((await metrics()).quality.authors).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: org.people.supervisor.id }),
        score: 75,
        reviews: 1,
      }),
    ]);
    const sample = (await coach.get('/api/knowledge/review-sample')).json().articles;
    expect(sample.map((a: { article: { id: string } }) => a.article.id)).not.toContain(ids.tent);

    // One criterion dropped: the next score is over the seven left.
    await coach.put('/api/knowledge/standard', {
      criteria: criteria.slice(1).map((c) => ({ id: c.id, label: 'kept' })),
    });
    const second = await coach.post(`/api/knowledge/articles/${ids.zip}/reviews`, {
      met: criteria.slice(1).map((c) => c.id),
    });
    expect(second.json().review).toMatchObject({ score: 100, totalCriteria: 7 });
    const quality = (await metrics()).quality;
    expect(quality.authors[0]).toMatchObject({ score: 88, reviews: 2 });
    expect(quality.articles.map((a: { score: number }) => a.score)).toEqual([75, 100]);
  });

  it('calls articles stale once 90 days pass without a reuse', async () => {
    t.clock.advance(100 * DAY);
    const m = await metrics(await signIn(t.app, org.people.trainer.email));
    expect(m.stale.count).toBe(3);
    expect(m.stale.articles[0]).toMatchObject({ reuseCount: expect.any(Number) });
    expect(m.gaps).toEqual([]);
  });
});
