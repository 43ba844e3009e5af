import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

describe('knowledge flags and links', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let admin: TestClient;
  let owner: TestClient;
  let reader: TestClient;
  let publisher: TestClient;
  let kh: ReturnType<typeof knowledgeHelpers>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kflag');
    other = await createFixtureOrganization(t.ctx.db, 'kflag-other');
    kh = knowledgeHelpers(t, org);
    await kh.grant(org.people.supervisor.id, 'contributor');
    await kh.grant(org.people.manager.id, 'publisher');
    admin = await signIn(t.app, org.people.admin.email);
    owner = await signIn(t.app, org.people.supervisor.email);
    reader = await signIn(t.app, org.people.agent.email);
    publisher = await signIn(t.app, org.people.manager.email);
  });
  afterAll(() => t.close());

  const flaggedEvents = async (personId: string) =>
    (
      await t.ctx.db
        .selectFrom('events')
        .select('data')
        .where('recipientId', '=', personId)
        .where('type', '=', 'knowledge.flagged')
        .orderBy('id')
        .execute()
    ).map((e) => e.data);
  const openContact = async (client: TestClient) =>
    (await client.post('/api/contacts', { customerId: org.customerId, channel: 'call' })).json()
      .contact.id as string;

  it('anyone who reads an article flags it; the owner, publishers and admins hear of it live', async () => {
    const article = await kh.write(owner, { state: 'validated' });
    const contact = await openContact(reader);
    const flagged = await reader.post(`/api/knowledge/articles/${article.id}/flags`, {
      comment: 'The carrier changed its claim form',
      contactId: contact,
    });
    expect(flagged.statusCode, flagged.body).toBe(201);
    const flag = flagged.json().flag;
    expect(flag).toMatchObject({
      source: 'person',
      raisedBy: { id: org.people.agent.id },
      resolvedAt: null,
      article: { id: article.id },
    });
    const event = { articleId: article.id, flagId: flag.id, title: 'Missing delivery' };
    expect(await flaggedEvents(org.people.supervisor.id)).toEqual([event]);
    expect(await flaggedEvents(org.people.manager.id)).toEqual([event]);
    expect(await flaggedEvents(org.people.admin.id)).toEqual([event]);
    expect(await flaggedEvents(org.people.agent.id)).toEqual([]);
    expect(await flaggedEvents(org.people.trainer.id)).toEqual([]);
    const links = (await reader.get(`/api/contacts/${contact}/articles`)).json().links;
    expect(links).toMatchObject([{ kind: 'flagged', article: { id: article.id } }]);
    const detail = (await owner.get(`/api/knowledge/articles/${article.id}`)).json();
    expect(detail.article.openFlagCount).toBe(1);
    expect(detail.flags.map((f: { id: string }) => f.id)).toEqual([flag.id]);

    // The queues: the owner's and a publisher's have it; a rep with no article of theirs, only what they raised.
    const queue = async (client: TestClient) =>
      (await client.get('/api/knowledge/flags')).json().flags.map((f: { id: string }) => f.id);
    expect(await queue(owner)).toContain(flag.id);
    expect(await queue(publisher)).toContain(flag.id);
    expect(await queue(await signIn(t.app, org.people.trainer.email))).toEqual([]);

    // Resolving: not the reader who raised it; the owner may, once, with a note.
    expect(
      (await reader.post(`/api/knowledge/flags/${flag.id}/resolve`, { note: 'done' })).statusCode,
    ).toBe(403);
    const resolved = await owner.post(`/api/knowledge/flags/${flag.id}/resolve`, {
      note: 'Updated the claim form link',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().flag).toMatchObject({
      resolvedBy: { id: org.people.supervisor.id },
      resolutionNote: 'Updated the claim form link',
    });
    expect(
      (await admin.post(`/api/knowledge/flags/${flag.id}/resolve`, { note: 'again' })).statusCode,
    ).toBe(409);
    expect(await queue(owner)).not.toContain(flag.id);
    const all = (await owner.get('/api/knowledge/flags?open=false')).json().flags;
    expect(all.map((f: { id: string }) => f.id)).toContain(flag.id);
  });

  it('a flag needs a comment, and a draft of someone else cannot be flagged (404)', async () => {
    const article = await kh.write(owner);
    const empty = await reader.post(`/api/knowledge/articles/${article.id}/flags`, {
      comment: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.field).toBe('comment');
    expect(
      (await reader.post(`/api/knowledge/articles/${article.id}/flags`, { comment: 'x' }))
        .statusCode,
    ).toBe(404);
    const resolve = await owner.post(`/api/knowledge/flags/${article.id}/resolve`, {});
    expect(resolve.json().error.field).toBe('note');
  });

  it('"this solved it" links once: the reuse count goes up once, and search learns the words', async () => {
    const article = await kh.write(owner, { state: 'validated' });
    const contact = await openContact(reader);
    const link = (body: Record<string, unknown>) =>
      reader.post(`/api/contacts/${contact}/articles`, { articleId: article.id, ...body });
    const first = await link({ query: 'my tent never showed up' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      created: true,
      link: {
        kind: 'reused',
        query: 'my tent never showed up',
        linkedBy: { id: org.people.agent.id },
      },
    });
    const again = await link({ query: 'my tent never showed up' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: false, link: { id: first.json().link.id } });

    const read = (await reader.get(`/api/knowledge/articles/${article.id}`)).json().article;
    expect(read.reuseCount).toBe(1);
    expect(read.lastReusedAt).toBe(t.clock.now().toISOString());
    const learned = await t.ctx.db
      .selectFrom('knowledgeLearnedTerms')
      .select(['term', 'hits'])
      .where('articleId', '=', article.id)
      .orderBy('term')
      .execute();
    expect(learned.map((l) => l.term)).toEqual(expect.arrayContaining(['tent', 'show']));
    expect(new Set(learned.map((l) => l.hits))).toEqual(new Set([1]));
  });

  it('refuses to reuse a draft, and answers 404 for another organization’s contact or article', async () => {
    const draft = await kh.write(owner);
    const contact = await openContact(owner);
    const refused = await owner.post(`/api/contacts/${contact}/articles`, { articleId: draft.id });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.field).toBe('articleId');

    const theirAdmin = await signIn(t.app, other.people.admin.email);
    const theirs = (
      await theirAdmin.post('/api/knowledge/articles', {
        title: 'Theirs',
        problem: 'p',
        resolution: 'r',
        visibility: 'internal',
        state: 'validated',
      })
    ).json().article.id;
    const theirContact = (
      await theirAdmin.post('/api/contacts', { customerId: other.customerId, channel: 'call' })
    ).json().contact.id;
    const mine = await kh.write(owner, { state: 'validated' });
    expect(
      (await owner.post(`/api/contacts/${contact}/articles`, { articleId: theirs })).statusCode,
    ).toBe(404);
    expect(
      (await owner.post(`/api/contacts/${theirContact}/articles`, { articleId: mine.id }))
        .statusCode,
    ).toBe(404);
    expect((await owner.get(`/api/knowledge/articles/${theirs}`)).statusCode).toBe(404);
    const bad = await owner.post(`/api/contacts/${contact}/articles`, { articleId: 'nope' });
    expect(bad.json().error.field).toBe('articleId');
  });
});
