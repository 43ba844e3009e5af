import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { PracticeSituation } from '../../../domain/training/practice-situation.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('practice over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let agent2: TestClient;
  let trainer: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'practice');
    await t.ctx.db
      .updateTable('customers')
      .set({ email: 'pat.private@example.test' })
      .where('id', '=', org.customerId)
      .execute();
    agent = await signIn(t.app, org.people.agent.email);
    agent2 = await signIn(t.app, org.people.agent2.email);
    trainer = await signIn(t.app, org.people.trainer.email);
  });
  afterAll(() => t.close());

  const draw = async (client: TestClient, query = '') => {
    const response = await client.get(`/api/training/practice${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().situation;
  };
  const answer = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.post(`/api/training/practice/${id}/answer`, body);

  /** A stored situation for the agent about the fixture customer, as a check would see them. */
  async function storedFor(personId: string, amountMinor: number): Promise<string> {
    const customer = await t.ctx.db
      .selectFrom('customers')
      .select(['segment', 'lifetimeValueMinor', 'flags'])
      .where('id', '=', org.customerId)
      .executeTakeFirstOrThrow();
    const situation: PracticeSituation = {
      customer: { ...customer, currency: 'USD' },
      orderAgeDays: null,
      prior: null,
      says: 'It broke.',
      asks: { type: 'refund', amountMinor },
      types: ['refund', 'goodwill_gift'],
    };
    const row = await t.ctx.db
      .insertInto('practiceSituations')
      .values({
        organizationId: org.id,
        personId,
        situation: JSON.stringify(situation),
        seed: 1,
        source: 'generated',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('draws a situation of the asked type that holds no expected answer', async () => {
    for (let i = 0; i < 10; i++) {
      const situation = await draw(agent, '?type=refund');
      expect(situation.asks.type).toBe('refund');
      expect(situation.says.length).toBeGreaterThan(0);
      expect(situation.types.map((t: { key: string }) => t.key)).toEqual([
        'refund',
        'goodwill_gift',
      ]);
      const text = JSON.stringify(situation);
      for (const leak of [
        'expected',
        'edge',
        'correct',
        'within_authority',
        'needs_approval',
        'seed',
      ])
        expect(text).not.toContain(leak);
    }
    const bad = await agent.get('/api/training/practice?type=teleport');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('type');
  });

  it('keeps only the newest 20 unanswered draws, so drawing in a loop cannot grow the table', async () => {
    const first = await draw(agent2);
    for (let i = 0; i < 20; i++) await draw(agent2);
    const pending = await t.ctx.db
      .selectFrom('practiceSituations')
      .select('id')
      .where('personId', '=', org.people.agent2.id)
      .where('answeredAt', 'is', null)
      .execute();
    expect(pending).toHaveLength(20);
    expect(pending.map((p) => p.id)).not.toContain(first.id);
    const late = await answer(agent2, first.id, {
      type: first.asks.type,
      amount: first.asks.amount.amountMinor,
      currency: 'USD',
      decision: 'grant',
    });
    expect(late.statusCode).toBe(404);
  });

  it('grades an answer as POST /api/authority/check decides the same case, for amounts around the limits', async () => {
    for (const amount of [40_00, 100_00, 100_01, 140_00, 250_01, 600_00, 3_000_00]) {
      const id = await storedFor(org.people.agent.id, amount);
      const graded = await answer(agent, id, {
        type: 'refund',
        amount,
        currency: 'USD',
        decision: 'grant',
      });
      expect(graded.statusCode, graded.body).toBe(200);
      const decision = (
        await agent.post('/api/authority/check', {
          customerId: org.customerId,
          type: 'refund',
          amount,
          currency: 'USD',
        })
      ).json().decision;
      const expected = {
        within_authority: 'grant',
        needs_approval: 'ask_approval',
        not_allowed: 'not_allowed',
      }[decision.outcome as string];
      const grade = graded.json();
      expect(grade.expected.decision, `${amount}`).toBe(expected);
      expect(grade.expected.approverLevel).toBe(decision.requiredLevel?.name);
      expect(grade.correct).toBe(expected === 'grant');
      expect(grade.reasons.slice(0, decision.reasons.length)).toEqual(decision.reasons);
    }
    // Practice spends nothing: the agent's refund budget today is untouched.
    const me = (await agent.get(`/api/authority/me?customerId=${org.customerId}`)).json();
    expect(me.usage.byType.refund?.personDayMinor ?? 0).toBe(0);
  });

  it('answers over the limit with "needs a Supervisor"-style feedback naming the approver', async () => {
    const id = await storedFor(org.people.agent.id, 400_00);
    const grade = (
      await answer(agent, id, {
        type: 'refund',
        amount: 400_00,
        currency: 'USD',
        decision: 'ask_approval',
      })
    ).json();
    expect(grade).toMatchObject({
      correct: true,
      expected: { decision: 'ask_approval', approverLevel: 'Supervisor' },
    });
    expect(grade.reasons.at(-1)).toBe('Right: this needs a Supervisor.');
  });

  it("lets only the person it was drawn for answer it: another's is 404", async () => {
    const situation = await draw(agent);
    const response = await answer(agent2, situation.id, {
      type: situation.asks.type,
      amount: situation.asks.amount.amountMinor,
      currency: 'USD',
      decision: 'grant',
    });
    expect(response.statusCode).toBe(404);
    expect(
      (
        await answer(agent, randomUUID(), {
          type: 'refund',
          amount: 1,
          currency: 'USD',
          decision: 'grant',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('takes one answer: a second is 409, and of two racing answers one wins', async () => {
    const body = { type: 'refund', amount: 10_00, currency: 'USD', decision: 'grant' };
    const once = await storedFor(org.people.agent.id, 10_00);
    expect((await answer(agent, once, body)).statusCode).toBe(200);
    const again = await answer(agent, once, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');

    const raced = await storedFor(org.people.agent.id, 10_00);
    const statuses = (
      await Promise.all([answer(agent, raced, body), answer(agent, raced, body)])
    ).map((r) => r.statusCode);
    expect(statuses.sort()).toEqual([200, 409]);
    const row = await t.ctx.db
      .selectFrom('practiceSituations')
      .select(['answeredAt', 'correct'])
      .where('id', '=', raced)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ correct: true });
    expect(row.answeredAt).not.toBeNull();
    // One xAPI statement per answer that counted, the race's loser none.
    const statements = await t.ctx.db
      .selectFrom('xapiStatements')
      .select('statement')
      .where('organizationId', '=', org.id)
      .where('verb', '=', 'http://adlnet.gov/expapi/verbs/answered')
      .execute();
    const forRaced = statements.filter((s) => JSON.stringify(s.statement).includes(raced));
    expect(forRaced).toHaveLength(1);
    expect(JSON.stringify(forRaced[0]!.statement)).toContain('"success":true');
  });

  it.each([
    [{ amount: 1, currency: 'USD', decision: 'grant' }, 'type'],
    [{ type: 'refund', amount: 1.5, currency: 'USD', decision: 'grant' }, 'amount'],
    [{ type: 'refund', amount: -1, currency: 'USD', decision: 'grant' }, 'amount'],
    [{ type: 'refund', amount: 1, currency: 'dollars', decision: 'grant' }, 'currency'],
    [{ type: 'refund', amount: 1, currency: 'EUR', decision: 'grant' }, 'currency'],
    [{ type: 'refund', amount: 1, currency: 'USD', decision: 'maybe' }, 'decision'],
  ])('refuses a malformed answer %j naming %s', async (body, field) => {
    const id = await storedFor(org.people.agent.id, 10_00);
    const response = await answer(agent, id, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe(field);
  });

  it('lets a trainer pick a real decision as an anonymized situation, which draws then mix in', async () => {
    const contactId = (
      await agent.post('/api/contacts', { customerId: org.customerId, channel: 'call' })
    ).json().contact.id;
    const resolution = (
      await agent.post(`/api/contacts/${contactId}/resolutions`, {
        type: 'refund',
        amount: 123_45,
        currency: 'USD',
        reason: 'Customer of practice called about Pat Private',
        idempotencyKey: randomUUID(),
      })
    ).json().resolution;

    expect(
      (await agent.post('/api/training/practice/situations', { resolutionId: resolution.id }))
        .statusCode,
    ).toBe(403);
    const bad = await trainer.post('/api/training/practice/situations', { resolutionId: 'x' });
    expect(bad.json().error.field).toBe('resolutionId');
    expect(
      (await trainer.post('/api/training/practice/situations', { resolutionId: randomUUID() }))
        .statusCode,
    ).toBe(404);

    const picked = await trainer.post('/api/training/practice/situations', {
      resolutionId: resolution.id,
    });
    expect(picked.statusCode, picked.body).toBe(201);
    const situation = picked.json().situation;
    expect(situation).toMatchObject({
      source: 'picked',
      customer: { segment: 'regular', lifetimeValue: { amountMinor: 120_00, currency: 'USD' } },
      asks: { type: 'refund', amount: { amountMinor: 123_45, currency: 'USD' } },
    });
    const stored = await t.ctx.db
      .selectFrom('practiceSituations')
      .select('situation')
      .where('id', '=', situation.id)
      .executeTakeFirstOrThrow();
    for (const text of [JSON.stringify(situation), JSON.stringify(stored.situation)])
      for (const pii of [
        'Customer of practice',
        'pat.private',
        '+13125550199',
        'C-practice',
        'Pat Private',
        org.customerId,
      ])
        expect(text).not.toContain(pii);

    // About one draw in three is a picked one while the organization has any.
    let mixed = false;
    for (let i = 0; i < 40 && !mixed; i++) {
      const drawn = await draw(agent2, '?type=refund');
      mixed = drawn.source === 'picked' && drawn.asks.amount.amountMinor === 123_45;
    }
    expect(mixed).toBe(true);
  });
});
