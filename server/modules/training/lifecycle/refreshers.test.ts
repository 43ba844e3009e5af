import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fixturePolicy } from '../../../testing/fixture-policy.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../../testing/test-app.ts';
import { insertPublishedPolicy } from '../../authority/commands/insert-published-policy.ts';

type Refresher = {
  id: string;
  certification: string;
  typeKey: string;
  typeLabel: string;
  policyVersion: number;
  lines: string[];
  situationId: string | null;
  situation: { id: string; asks: { type: string; amount: { currency: string } } } | null;
  practised: boolean;
  done: boolean;
};

/** Issue 14: a published change of a type's limits assigns its certificate holders a refresher. */
describe('a refresher on a policy change', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  let agent: TestClient;
  let agent2: TestClient;

  const refreshersOf = async (client: TestClient): Promise<Refresher[]> => {
    const me = await client.get('/api/training/me');
    expect(me.statusCode, me.body).toBe(200);
    return me.json().refreshers;
  };
  const eventsOf = (personId: string) =>
    t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('recipientId', '=', personId)
      .where('type', '=', 'training.refresher_assigned')
      .orderBy('id')
      .execute()
      .then((rows) => rows.map((r) => r.data));
  /** Saves the policy in force, changed, as the draft, and publishes it. */
  const publishWith = async (
    change: (document: typeof fixturePolicy) => void,
    note: string,
  ): Promise<{ statusCode: number; version?: number }> => {
    const document = (await admin.get('/api/authority/policy')).json().policy.document;
    change(document);
    const saved = await admin.put('/api/authority/policy/draft', { document });
    expect(saved.json().issues, saved.body).toEqual([]);
    const published = await admin.post('/api/authority/policy/publish', { note });
    return { statusCode: published.statusCode, version: published.json().version };
  };
  const agentRefund = (document: typeof fixturePolicy) =>
    document.rules.find((r) => r.level === 'agent' && r.type === 'refund')!;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'refresh');
    admin = await signIn(t.app, org.people.admin.email);
    agent = await signIn(t.app, org.people.agent.email);
    agent2 = await signIn(t.app, org.people.agent2.email);
    await insertPublishedPolicy({
      db: t.ctx.db,
      organizationId: org.id,
      document: {
        ...fixturePolicy,
        rules: fixturePolicy.rules.map((rule) =>
          rule.level === 'agent' && rule.type === 'refund'
            ? { ...rule, certified: { certification: 'refunds_ii', perIncidentMinor: 250_00 } }
            : rule,
        ),
      },
      personId: org.people.admin.id,
      note: 'refunds_ii tier',
      now: t.clock.now(),
    });
    const trainer = await signIn(t.app, org.people.trainer.email);
    const catalogue = await trainer.post('/api/training/catalogue', {
      key: 'refunds_ii',
      title: 'Refunds II',
      validityMonths: 12,
    });
    expect(catalogue.statusCode, catalogue.body).toBe(201);
    const held = await trainer.post('/api/training/certifications', {
      personId: org.people.agent.id,
      certificationKey: 'refunds_ii',
      note: 'Watched three refunds on calls',
    });
    expect(held.statusCode, held.body).toBe(201);
  });
  afterAll(() => t?.close());

  it('a refund limit change gives the Refunds II holder one refresher with the change and a situation to answer; a non-holder none', async () => {
    expect(await refreshersOf(agent)).toEqual([]);
    const published = await publishWith((document) => {
      agentRefund(document).perIncidentMinor = 150_00;
    }, 'Agents refund up to $150');
    expect(published.statusCode).toBe(200);

    const [refresher, ...others] = await refreshersOf(agent);
    expect(others).toEqual([]);
    expect(refresher).toMatchObject({
      certification: 'refunds_ii',
      typeKey: 'refund',
      typeLabel: 'Refund',
      policyVersion: published.version,
      lines: ['Agent: refund limit $100 → $150'],
      practised: false,
      done: false,
    });
    expect(refresher!.situation).toMatchObject({
      id: refresher!.situationId,
      asks: { type: 'refund', amount: { currency: 'USD' } },
    });
    // The situation carries no answer; the engine grades it at the practice route.
    expect(JSON.stringify(refresher!.situation)).not.toMatch(/expected|correct/);
    expect(await eventsOf(org.people.agent.id)).toEqual([
      { refresherId: refresher!.id, typeKey: 'refund', policyVersion: published.version },
    ]);
    expect(await refreshersOf(agent2)).toEqual([]);
    expect(await eventsOf(org.people.agent2.id)).toEqual([]);

    // Another's situation is as absent as any other; the holder's own is graded once.
    const body = { type: 'refund', amount: 1_00, currency: 'USD', decision: 'grant' };
    const other = await agent2.post(
      `/api/training/practice/${refresher!.situationId}/answer`,
      body,
    );
    expect(other.statusCode).toBe(404);
    const answered = await agent.post(
      `/api/training/practice/${refresher!.situationId}/answer`,
      body,
    );
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({
      correct: expect.any(Boolean),
      reasons: expect.any(Array),
    });
    expect(await refreshersOf(agent)).toMatchObject([
      { id: refresher!.id, practised: true, done: true, situation: null },
    ]);
  });

  it('drawing many practice situations keeps the refresher’s', async () => {
    const published = await publishWith((document) => {
      agentRefund(document).perDayMinor = 600_00;
    }, 'A bigger daily budget');
    expect(published.statusCode).toBe(200);
    const [latest] = await refreshersOf(agent);
    expect(latest).toMatchObject({
      policyVersion: published.version,
      lines: ['Agent: refund budget per day $500 → $600'],
      done: false,
    });
    for (let i = 0; i < 21; i++)
      expect((await agent.get('/api/training/practice?type=refund')).statusCode).toBe(200);
    expect((await refreshersOf(agent))[0]).toMatchObject({
      id: latest!.id,
      situationId: latest!.situationId,
      done: false,
    });
  });

  it('publishing again without changing refund adds none', async () => {
    const before = (await refreshersOf(agent)).length;
    const published = await publishWith((document) => {
      document.rules.find(
        (r) => r.level === 'supervisor' && r.type === 'goodwill_gift',
      )!.perIncidentMinor = 90_00;
    }, 'Supervisors give bigger gifts');
    expect(published.statusCode).toBe(200);
    expect(await refreshersOf(agent)).toHaveLength(before);
    expect(await eventsOf(org.people.agent.id)).toHaveLength(before);
  });

  it('a publish that fails leaves no refresher behind: they are written in its transaction', async () => {
    const before = (await refreshersOf(agent)).length;
    await sql`
      create function refresh_refuse_publish() returns trigger language plpgsql as $$
      begin
        if new.kind = 'policy.published' then raise exception 'ledger unavailable'; end if;
        return new;
      end $$`.execute(t.ctx.db);
    await sql`create trigger refresh_refuse before insert on ledger_entries
      for each row execute function refresh_refuse_publish()`.execute(t.ctx.db);
    try {
      const failed = await publishWith((document) => {
        agentRefund(document).perIncidentMinor = 175_00;
      }, 'Up to $175');
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`drop trigger refresh_refuse on ledger_entries`.execute(t.ctx.db);
      await sql`drop function refresh_refuse_publish()`.execute(t.ctx.db);
    }
    expect(await refreshersOf(agent)).toHaveLength(before);
    expect(await eventsOf(org.people.agent.id)).toHaveLength(before);
  });
});
