import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from './knowledge-testing.ts';

describe('a published policy flags the articles of the types it changed', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let kh: ReturnType<typeof knowledgeHelpers>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'kpol');
    kh = knowledgeHelpers(t, org);
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(() => t.close());

  const openPolicyFlags = async () =>
    t.ctx.db
      .selectFrom('knowledgeFlags')
      .select(['articleId', 'policyVersion', 'comment', 'raisedBy'])
      .where('organizationId', '=', org.id)
      .where('source', '=', 'policy_change')
      .where('resolvedAt', 'is', null)
      .execute();

  /** Saves the policy in force with the agent's refund limit changed as the draft. */
  const draftRefundLimit = async (amountMinor: number) => {
    const document = (await admin.get('/api/authority/policy')).json().policy.document;
    document.rules.find(
      (r: { level: string; type: string }) => r.level === 'agent' && r.type === 'refund',
    ).perIncidentMinor = amountMinor;
    const saved = await admin.put('/api/authority/policy/draft', { document });
    expect(saved.json().issues, saved.body).toEqual([]);
  };

  it('raising refund’s limit flags every refund article but the archived, and nothing else', async () => {
    const refunds = [
      await kh.write(admin, { state: 'validated' }),
      await kh.write(admin, { state: 'draft' }),
      await kh.write(admin, { state: 'not_validated', typeKeys: ['refund', 'goodwill_gift'] }),
    ];
    const archived = await kh.write(admin, { state: 'validated' });
    await admin.post(`/api/knowledge/articles/${archived.id}/state`, { state: 'archived' });
    const gift = await kh.write(admin, { state: 'validated', typeKeys: ['goodwill_gift'] });

    await draftRefundLimit(150_00);
    const published = await admin.post('/api/authority/policy/publish', { note: 'Up to $150' });
    expect(published.json(), published.body).toMatchObject({ status: 'published', version: 2 });

    const flags = await openPolicyFlags();
    expect(flags.map((f) => f.articleId).sort()).toEqual(refunds.map((a) => a.id).sort());
    expect(flags.every((f) => f.policyVersion === 2 && f.raisedBy === null)).toBe(true);
    expect(flags[0]!.comment).toMatch(/version 2 changed the limits or guidelines of refund/);
    const detail = (await admin.get(`/api/knowledge/articles/${refunds[0]!.id}`)).json();
    expect(detail.flags).toMatchObject([{ source: 'policy_change', raisedBy: null }]);
    expect(flags.map((f) => f.articleId)).not.toContain(gift.id);
    expect(flags.map((f) => f.articleId)).not.toContain(archived.id);
  });

  it('a publish that fails leaves no flag behind: they are written in its transaction', async () => {
    const before = (await openPolicyFlags()).length;
    const fresh = await kh.write(admin, { state: 'validated' });
    // The publish fails at its last write (its ledger entry), after the flags were inserted.
    await sql`
      create function kpol_refuse_publish() returns trigger language plpgsql as $$
      begin
        if new.kind = 'policy.published' then raise exception 'ledger unavailable'; end if;
        return new;
      end $$`.execute(t.ctx.db);
    await sql`create trigger kpol_refuse before insert on ledger_entries
      for each row execute function kpol_refuse_publish()`.execute(t.ctx.db);
    try {
      await draftRefundLimit(175_00);
      const failed = await admin.post('/api/authority/policy/publish', { note: 'Up to $175' });
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`drop trigger kpol_refuse on ledger_entries`.execute(t.ctx.db);
      await sql`drop function kpol_refuse_publish()`.execute(t.ctx.db);
    }
    const after = await openPolicyFlags();
    expect(after).toHaveLength(before);
    expect(after.map((f) => f.articleId)).not.toContain(fresh.id);
    expect((await admin.get('/api/authority/policy')).json().policy.version).toBe(2);
  });
});
