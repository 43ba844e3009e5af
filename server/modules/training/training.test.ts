import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** Six true/false questions: "Statement n is true" is true for even n. */
const questions = Array.from({ length: 6 }, (_, n) => ({
  kind: 'true_false' as const,
  prompt: `Statement ${n} is true`,
  // True (0) for even n.
  correct: [n % 2 === 0 ? 0 : 1],
  explanation: `Because ${n} is ${n % 2 === 0 ? 'even' : 'odd'}`,
}));

describe('training over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let agent: TestClient;
  let agent2: TestClient;
  let trainer: TestClient;
  let admin: TestClient;
  let courseId: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'training');
    agent = await signIn(t.app, org.people.agent.email);
    agent2 = await signIn(t.app, org.people.agent2.email);
    trainer = await signIn(t.app, org.people.trainer.email);
    admin = await signIn(t.app, org.people.admin.email);
    const catalogue = await trainer.post('/api/training/catalogue', {
      key: 'refunds_ii',
      title: 'Refunds II',
      description: 'Refunds up to the senior limit',
      validityMonths: 12,
    });
    expect(catalogue.statusCode, catalogue.body).toBe(201);
    const created = await trainer.post('/api/training/courses', {
      title: 'Refunds and replacements',
      certificationKey: 'refunds_ii',
      passMark: 75,
      questionsPerAttempt: 4,
      retakeCooldownHours: 24,
      questions,
    });
    expect(created.statusCode, created.body).toBe(201);
    courseId = created.json().course.id;
    expect((await trainer.post(`/api/training/courses/${courseId}/publish`)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const start = async (client: TestClient) => {
    const response = await client.post(`/api/training/courses/${courseId}/attempts`);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().attempt as {
      id: string;
      questions: Array<{ id: string; prompt: string }>;
    };
  };
  /** Answers every drawn question, right when `right` says so. */
  const answerAll = async (
    client: TestClient,
    attempt: Awaited<ReturnType<typeof start>>,
    right: (index: number) => boolean,
  ) => {
    for (const [index, q] of attempt.questions.entries()) {
      const n = Number(/Statement (\d+)/.exec(q.prompt)![1]);
      const truth = n % 2 === 0;
      const response = await client.post(`/api/training/attempts/${attempt.id}/answers`, {
        questionId: q.id,
        answer: [right(index) === truth ? 0 : 1],
      });
      expect(response.statusCode, response.body).toBe(204);
    }
  };

  it('a rep cannot write courses or the catalogue', async () => {
    const course = await agent.post('/api/training/courses', {
      title: 'Mine',
      passMark: 1,
      questionsPerAttempt: 1,
      questions: [questions[0]],
    });
    expect(course.statusCode).toBe(403);
    expect(
      (
        await agent.post('/api/training/catalogue', {
          key: 'anything',
          title: 'Anything',
          validityMonths: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('names the field of a malformed body', async () => {
    const response = await trainer.post('/api/training/courses', {
      title: 'Bad',
      passMark: 150,
      questionsPerAttempt: 1,
      questions: [questions[0]],
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('passMark');
    const answer = await agent.post(`/api/training/attempts/${courseId}/answers`, {
      questionId: 'not-a-uuid',
      answer: [0],
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('questionId');
  });

  it('draws an attempt without any correct answer or explanation in the JSON', async () => {
    const attempt = await start(agent2);
    expect(attempt.questions).toHaveLength(4);
    for (const q of attempt.questions)
      expect(Object.keys(q).sort()).toEqual(['id', 'kind', 'options', 'prompt']);
    const course = await agent2.get(`/api/training/courses/${courseId}`);
    const text = JSON.stringify([attempt, course.json()]);
    expect(text).not.toMatch(/correct|explanation|Because/);
    const stored = await t.ctx.db
      .selectFrom('trainingAttempts')
      .select(['seed', 'questionIds'])
      .where('id', '=', attempt.id)
      .executeTakeFirstOrThrow();
    expect(stored.questionIds).toEqual(attempt.questions.map((q) => q.id));
  });

  it('takes answers only from the owner, only to drawn questions, validated per kind', async () => {
    const attempt = await start(agent);
    const drawn = new Set(attempt.questions.map((q) => q.id));
    const undrawn = await t.ctx.db
      .selectFrom('trainingQuestions')
      .select('id')
      .where('courseId', '=', courseId)
      .execute();
    const other = undrawn.find((q) => !drawn.has(q.id))!;
    const url = `/api/training/attempts/${attempt.id}/answers`;
    const notDrawn = await agent.post(url, { questionId: other.id, answer: [0] });
    expect(notDrawn.statusCode).toBe(400);
    expect(notDrawn.body).toContain('questionId');
    const wrongKind = await agent.post(url, {
      questionId: attempt.questions[0]!.id,
      answer: [0, 1],
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.body).toContain('answer');
    const someoneElse = await agent2.post(url, {
      questionId: attempt.questions[0]!.id,
      answer: [0],
    });
    expect(someoneElse.statusCode).toBe(404);
    expect((await agent2.post(`/api/training/attempts/${attempt.id}/submit`)).statusCode).toBe(404);
    // Clean up: this attempt is submitted (failing) so later tests start from a known state.
    await t.ctx.db.deleteFrom('trainingAttempts').where('id', '=', attempt.id).execute();
  });

  it('a failed attempt blocks a retake inside the cooldown, with when it opens', async () => {
    const attempt = await start(agent);
    await answerAll(agent, attempt, () => false);
    const submitted = await agent.post(`/api/training/attempts/${attempt.id}/submit`);
    expect(submitted.json()).toEqual({ score: 0, passed: false });
    const retake = await agent.post(`/api/training/courses/${courseId}/attempts`);
    expect(retake.statusCode).toBe(409);
    expect(retake.body).toContain(new Date(t.clock.now().getTime() + 24 * 3_600_000).toISOString());
    // The cooldown passes (moving the attempt back, not the clock, so sessions stay valid).
    await t.ctx.db
      .updateTable('trainingAttempts')
      .set({ submittedAt: new Date(t.clock.now().getTime() - 24 * 3_600_000) })
      .where('id', '=', attempt.id)
      .execute();
  });

  it('passing awards the certification: a row, a ledger entry and a live event, once', async () => {
    const attempt = await start(agent);
    await answerAll(agent, attempt, (index) => index !== 0);
    // Two submits racing: exactly one scores.
    const [a, b] = await Promise.all([
      agent.post(`/api/training/attempts/${attempt.id}/submit`),
      agent.post(`/api/training/attempts/${attempt.id}/submit`),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const scored = (a.statusCode === 200 ? a : b).json();
    expect(scored).toMatchObject({ score: 75, passed: true });
    expect(scored.certification).toMatchObject({ key: 'refunds_ii', source: 'assessment' });
    const again = await agent.post(`/api/training/attempts/${attempt.id}/submit`);
    expect(again.statusCode).toBe(409);
    const late = await agent.post(`/api/training/attempts/${attempt.id}/answers`, {
      questionId: attempt.questions[0]!.id,
      answer: [0],
    });
    expect(late.statusCode).toBe(409);

    const rows = await t.ctx.db
      .selectFrom('personCertifications')
      .selectAll()
      .where('personId', '=', org.people.agent.id)
      .execute();
    expect(rows).toHaveLength(1);
    const expected = t.clock.now();
    expected.setUTCMonth(expected.getUTCMonth() + 12);
    expect(rows[0]).toMatchObject({
      certification: 'refunds_ii',
      source: 'assessment',
      attemptId: attempt.id,
      expiresAt: expected,
      revokedAt: null,
    });
    const ledger = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['kind', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'training.certification_awarded')
      .execute();
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.data).toMatchObject({ personId: org.people.agent.id, attemptId: attempt.id });
    const events = await t.ctx.db
      .selectFrom('events')
      .select(['type', 'data'])
      .where('recipientId', '=', org.people.agent.id)
      .where('type', '=', 'training.certification_changed')
      .execute();
    expect(events).toEqual([
      {
        type: 'training.certification_changed',
        data: { certificationKey: 'refunds_ii', change: 'awarded' },
      },
    ]);
    const statements = await t.ctx.db
      .selectFrom('xapiStatements')
      .selectAll()
      .where('organizationId', '=', org.id)
      // The attempts' launched and answered statements are course-content.test.ts's.
      .where('verb', 'in', [
        'http://adlnet.gov/expapi/verbs/failed',
        'http://adlnet.gov/expapi/verbs/passed',
      ])
      .orderBy('seq')
      .execute();
    expect(statements.map((row) => JSON.stringify(row))).toEqual([
      expect.stringContaining('verbs/failed'),
      expect.stringContaining('verbs/passed'),
    ]);
    const held = await agent.get('/api/training/me');
    expect(held.json().certifications).toMatchObject([
      { key: 'refunds_ii', title: 'Refunds II', unlocks: 'Refunds up to the senior limit' },
    ]);
  });

  it('nobody signs off their own certification; a rep signs off nobody', async () => {
    const own = await trainer.post('/api/training/certifications', {
      personId: org.people.trainer.id,
      certificationKey: 'refunds_ii',
      note: 'I watched myself',
    });
    expect(own.statusCode).toBe(403);
    const rep = await agent.post('/api/training/certifications', {
      personId: org.people.agent.id,
      certificationKey: 'refunds_ii',
      note: 'extending mine',
    });
    expect(rep.statusCode).toBe(403);
    const repOther = await agent.post('/api/training/certifications', {
      personId: org.people.agent2.id,
      certificationKey: 'refunds_ii',
      note: 'for a friend',
    });
    expect(repOther.statusCode).toBe(403);
    expect(
      await t.ctx.db
        .selectFrom('personCertifications')
        .select('id')
        .where('personId', 'in', [org.people.trainer.id, org.people.agent2.id])
        .execute(),
    ).toEqual([]);
  });

  it('a trainer signs off another person, and revokes with a reason, ledgered once', async () => {
    const signed = await trainer.post('/api/training/certifications', {
      personId: org.people.agent2.id,
      certificationKey: 'refunds_ii',
      note: 'Watched three refunds on calls',
    });
    expect(signed.statusCode, signed.body).toBe(201);
    const { id } = signed.json().certification;
    const revoked = await admin.post(`/api/training/certifications/${id}/revoke`, {
      reason: 'Granted outside policy',
    });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().certification.revokedAt).not.toBeNull();
    const twice = await admin.post(`/api/training/certifications/${id}/revoke`, {
      reason: 'again',
    });
    expect(twice.statusCode).toBe(409);
    const entries = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select('data')
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'training.certification_revoked')
      .execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.data).toMatchObject({ reason: 'Granted outside policy' });
    const blank = await admin.post(`/api/training/certifications/${id}/revoke`, { reason: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('reason');
  });
});
