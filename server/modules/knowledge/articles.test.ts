import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

describe('knowledge articles', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let candidate: TestClient;
  let contributor: TestClient;
  let reader: TestClient;
  let kh: ReturnType<typeof knowledgeHelpers>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kart');
    kh = knowledgeHelpers(t, org);
    await kh.grant(org.people.agent.id, 'candidate');
    await kh.grant(org.people.supervisor.id, 'contributor');
    admin = await signIn(t.app, org.people.admin.email);
    candidate = await signIn(t.app, org.people.agent.email);
    contributor = await signIn(t.app, org.people.supervisor.email);
    reader = await signIn(t.app, org.people.agent2.email);
  });
  afterAll(() => t.close());

  const ledgerKinds = async () =>
    (
      await t.ctx.db
        .selectFrom('ledgerEntries')
        .select(['kind', 'data'])
        .where('organizationId', '=', org.id)
        .where('kind', 'like', 'knowledge.article%')
        .orderBy('seq')
        .execute()
    ).map((e) => [e.kind, (e.data as { articleId: string }).articleId]);

  it('a reader holds no licence: reads, but writes nothing', async () => {
    const refused = await reader.post('/api/knowledge/articles', {
      title: 'x',
      problem: 'y',
      resolution: 'z',
      visibility: 'internal',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/needs a candidate licence/);
  });

  it('a candidate writes a draft from a contact: linked as created, and nobody else sees it', async () => {
    const contact = (
      await candidate.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id;
    const draft = await kh.write(candidate, { contactId: contact });
    expect(draft).toMatchObject({ state: 'draft', version: 1 });
    const links = (await candidate.get(`/api/contacts/${contact}/articles`)).json().links;
    expect(links).toMatchObject([{ kind: 'created', article: { id: draft.id } }]);

    const read = (await candidate.get(`/api/knowledge/articles/${draft.id}`)).json();
    expect(read.article.owner.id).toBe(org.people.agent.id);
    expect(read.versions).toMatchObject([{ version: 1, author: { id: org.people.agent.id } }]);
    // Another rep, even a contributor, is told it does not exist; a publisher (admin) sees it.
    expect((await reader.get(`/api/knowledge/articles/${draft.id}`)).statusCode).toBe(404);
    expect((await contributor.get(`/api/knowledge/articles/${draft.id}`)).statusCode).toBe(404);
    expect((await reader.get(`/api/contacts/${contact}/articles`)).json().links).toEqual([]);
    expect((await admin.get(`/api/knowledge/articles/${draft.id}`)).statusCode).toBe(200);
  });

  it('a candidate cannot validate; a contributor can, and the publication is ledgered', async () => {
    const article = await kh.write(candidate, { state: 'not_validated' });
    expect((await reader.get(`/api/knowledge/articles/${article.id}`)).statusCode).toBe(200);
    const refused = await candidate.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'validated',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/contributor licence/);
    const validated = await contributor.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'validated',
    });
    expect(validated.statusCode, validated.body).toBe(200);
    expect(validated.json().article).toMatchObject({ state: 'validated', version: 2 });
    expect(await ledgerKinds()).toContainEqual(['knowledge.article_published', article.id]);
    // Published, the candidate may no longer edit it.
    const edit = await candidate.patch(`/api/knowledge/articles/${article.id}`, {
      title: 'Mine',
      expectedVersion: 2,
    });
    expect(edit.statusCode).toBe(403);
  });

  it('an external article is published by a publisher only', async () => {
    const article = await kh.write(contributor, { visibility: 'external', state: 'not_validated' });
    const refused = await contributor.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'validated',
    });
    expect(refused.json().error.message).toMatch(/publisher licence/);
    const published = await admin.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'validated',
    });
    expect(published.statusCode).toBe(200);
  });

  it('keeps every version with its author, diffs any two, and refuses a stale save with 409', async () => {
    const article = await kh.write(contributor, { state: 'validated' });
    const saved = await candidate.patch(`/api/knowledge/articles/${article.id}`, {
      resolution: 'x',
      expectedVersion: 1,
    });
    expect(saved.statusCode).toBe(403);
    const second = await contributor.patch(`/api/knowledge/articles/${article.id}`, {
      resolution: 'Check the carrier tracking.\nRefund the shipping.',
      tags: ['carrier'],
      expectedVersion: 1,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().article.version).toBe(2);
    const stale = await admin.patch(`/api/knowledge/articles/${article.id}`, {
      title: 'Lost parcel',
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ field: 'expectedVersion', currentVersion: 2 });
    await admin.patch(`/api/knowledge/articles/${article.id}`, {
      title: 'Lost parcel',
      expectedVersion: 2,
    });

    const detail = (await admin.get(`/api/knowledge/articles/${article.id}`)).json();
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(detail.versions.map((v: { author: { id: string } }) => v.author.id)).toEqual([
      org.people.admin.id,
      org.people.supervisor.id,
      org.people.supervisor.id,
    ]);
    expect(detail.versions[2]).toMatchObject({ title: 'Missing delivery', tags: [] });

    const diff = (await admin.get(`/api/knowledge/articles/${article.id}/diff?from=1&to=2`)).json();
    const field = (name: string) => diff.fields.find((f: { field: string }) => f.field === name);
    expect(field('title')).toMatchObject({ changed: false });
    expect(field('resolution')).toEqual({
      field: 'resolution',
      changed: true,
      parts: [
        { op: 'equal', lines: ['Check the carrier tracking.'] },
        { op: 'removed', lines: ['Reship if lost.'] },
        { op: 'added', lines: ['Refund the shipping.'] },
      ],
    });
    expect(field('tags').parts).toEqual([{ op: 'added', lines: ['carrier'] }]);
    const latest = (await admin.get(`/api/knowledge/articles/${article.id}/diff`)).json();
    expect(latest).toMatchObject({ from: 2, to: 3 });
    const missing = await admin.get(`/api/knowledge/articles/${article.id}/diff?from=1&to=9`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('to');
  });

  it('two saves of the same version at once: exactly one wins, the other gets 409', async () => {
    const article = await kh.write(contributor, { state: 'validated' });
    const both = await Promise.all(
      ['First fix', 'Second fix'].map((title) =>
        contributor.patch(`/api/knowledge/articles/${article.id}`, { title, expectedVersion: 1 }),
      ),
    );
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const detail = (await admin.get(`/api/knowledge/articles/${article.id}`)).json();
    expect(detail.article.version).toBe(2);
    expect(detail.versions).toHaveLength(2);
    const winner = both.find((r) => r.statusCode === 200)!.json().article.title;
    expect(detail.article.title).toBe(winner);
  });

  it('nobody edits an archived article; only publishers archive, see and un-archive it', async () => {
    const article = await kh.write(contributor, { state: 'validated' });
    const byContributor = await contributor.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'archived',
    });
    expect(byContributor.statusCode).toBe(403);
    expect(
      (await admin.post(`/api/knowledge/articles/${article.id}/state`, { state: 'archived' }))
        .statusCode,
    ).toBe(200);
    expect(await ledgerKinds()).toContainEqual(['knowledge.article_archived', article.id]);
    const edit = await admin.patch(`/api/knowledge/articles/${article.id}`, {
      title: 'Still here',
      expectedVersion: 2,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/archived/);
    expect((await contributor.get(`/api/knowledge/articles/${article.id}`)).statusCode).toBe(404);
    expect(
      (await admin.post(`/api/knowledge/articles/${article.id}/state`, { state: 'not_validated' }))
        .statusCode,
    ).toBe(200);
    expect((await contributor.get(`/api/knowledge/articles/${article.id}`)).statusCode).toBe(200);
  });

  it('names the field of a malformed body', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ problem: 'p', resolution: 'r', visibility: 'internal' }, 'title'],
      [{ title: 't', problem: 'p', resolution: 'r', visibility: 'public' }, 'visibility'],
      [
        {
          title: 't',
          problem: 'p',
          resolution: 'r',
          visibility: 'internal',
          typeKeys: ['Refund!'],
        },
        'typeKeys.0',
      ],
      [
        { title: 't', problem: 'p', resolution: 'r', visibility: 'internal', contactId: 'x' },
        'contactId',
      ],
    ];
    for (const [body, field] of cases) {
      const response = await contributor.post('/api/knowledge/articles', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.field).toBe(field);
    }
    const article = await kh.write(contributor);
    const noVersion = await contributor.patch(`/api/knowledge/articles/${article.id}`, {
      title: 'x',
    });
    expect(noVersion.json().error.field).toBe('expectedVersion');
    const badState = await contributor.post(`/api/knowledge/articles/${article.id}/state`, {
      state: 'gone',
    });
    expect(badState.json().error.field).toBe('state');
  });
});
