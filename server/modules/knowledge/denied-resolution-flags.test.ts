import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

describe('a denied resolution hints at the articles linked on its contact', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let agent: TestClient;
  let manager: TestClient;
  let kh: ReturnType<typeof knowledgeHelpers>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kden');
    kh = knowledgeHelpers(t, org);
    admin = await signIn(t.app, org.people.admin.email);
    agent = await signIn(t.app, org.people.agent.email);
    manager = await signIn(t.app, org.people.manager.email);
  });
  afterAll(() => t.close());

  const hints = (articleId: string) =>
    t.ctx.db
      .selectFrom('knowledgeFlags')
      .select(['resolutionId', 'raisedBy', 'createdAt'])
      .where('articleId', '=', articleId)
      .where('source', '=', 'denied_resolution')
      .orderBy('createdAt')
      .execute();

  /** A refund over the agent's $100 on the contact, denied by the manager; its resolution id. */
  const deniedRefund = async (contactId: string) => {
    const pending = await agent.post(`/api/contacts/${contactId}/resolutions`, {
      type: 'refund',
      amount: 150_00,
      currency: 'USD',
      reason: 'The article said we refund shipping in full',
      idempotencyKey: randomUUID(),
    });
    const resolution = pending.json().resolution;
    if (!resolution) throw new Error(pending.body);
    expect(resolution.approval, pending.body).toBeTruthy();
    const denied = await manager.post(`/api/approvals/${resolution.approval.id}/deny`, {
      note: 'Not for a late parcel',
    });
    expect(denied.statusCode, denied.body).toBe(200);
    return resolution.id as string;
  };

  it('flags each linked article once a day, and never one only flagged there', async () => {
    const reused = await kh.write(admin, { state: 'validated' });
    const flaggedOnly = await kh.write(admin, { state: 'validated', title: 'Late parcel' });
    const contactId = (
      await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id;
    await agent.post(`/api/contacts/${contactId}/articles`, { articleId: reused.id });
    await agent.post(`/api/knowledge/articles/${flaggedOnly.id}/flags`, {
      comment: 'Unclear',
      contactId,
    });

    const first = await deniedRefund(contactId);
    expect(await hints(reused.id)).toMatchObject([{ resolutionId: first, raisedBy: null }]);
    expect(await hints(flaggedOnly.id)).toEqual([]);

    await deniedRefund(contactId);
    expect(await hints(reused.id)).toHaveLength(1);

    t.clock.advance(24 * 60 * 60 * 1000);
    // A day later the sessions have lapsed: sign in again, as the floor would next morning.
    agent = await signIn(t.app, org.people.agent.email);
    manager = await signIn(t.app, org.people.manager.email);
    admin = await signIn(t.app, org.people.admin.email);
    const nextDay = await deniedRefund(contactId);
    expect((await hints(reused.id)).map((h) => h.resolutionId)).toEqual([first, nextDay]);
    const detail = (await admin.get(`/api/knowledge/articles/${reused.id}`)).json();
    expect(
      detail.flags.filter((f: { source: string }) => f.source === 'denied_resolution'),
    ).toHaveLength(2);
  });
});
