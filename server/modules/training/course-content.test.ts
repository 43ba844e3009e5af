import validateStatement from '@learninglocker/xapi-validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { knowledgeHelpers } from '../knowledge/knowledge-testing.ts';

/** Two true/false questions: True (0) is right for the first, False (1) for the second. */
const trueFalse = [
  { kind: 'true_false' as const, prompt: 'A refund needs a reason', correct: [0] },
  { kind: 'true_false' as const, prompt: 'Gifts are free', correct: [1] },
];

/** A customer asking a $150 refund: over an Agent's $100, within a Senior agent's $250. */
const situationQuestion = {
  kind: 'situation' as const,
  prompt: 'What do you offer, and how?',
  situation: {
    customer: { segment: 'standard', lifetimeValueMinor: 500_00, currency: 'USD', flags: [] },
    says: 'The stove arrived dented and I want my $150 back.',
    asks: { type: 'refund', amountMinor: 150_00 },
    types: ['refund', 'goodwill_gift'],
  },
};

const offer = { type: 'refund', amount: 150_00, currency: 'USD', decision: 'grant' };

describe('course content over HTTP: lessons, drafts, progress, prerequisites, situations', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let agent: TestClient;
  let agent2: TestClient;
  let trainer: TestClient;
  let articleId: string;
  let foreignArticleId: string;

  const course = (body: Record<string, unknown> = {}) => ({
    title: 'Returns basics',
    passMark: 100,
    questionsPerAttempt: 2,
    questions: trueFalse,
    ...body,
  });
  const create = async (body: Record<string, unknown> = {}, publish = true) => {
    const created = await trainer.post('/api/training/courses', course(body));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().course.id as string;
    if (publish)
      expect((await trainer.post(`/api/training/courses/${id}/publish`)).statusCode).toBe(200);
    return id;
  };
  const statements = async (verb: string) =>
    (
      await t.ctx.db
        .selectFrom('xapiStatements')
        .select('statement')
        .where('organizationId', '=', org.id)
        .where('verb', '=', `http://adlnet.gov/expapi/verbs/${verb}`)
        .orderBy('seq')
        .execute()
    ).map((row) => row.statement);

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'content');
    other = await createFixtureOrganization(t.ctx.db, 'elsewhere');
    agent = await signIn(t.app, org.people.agent.email);
    agent2 = await signIn(t.app, org.people.agent2.email);
    trainer = await signIn(t.app, org.people.trainer.email);
    const admin = await signIn(t.app, org.people.admin.email);
    const ours = knowledgeHelpers(t, org);
    articleId = (await ours.write(admin, { title: 'Dented goods', state: 'validated' })).id;
    const theirAdmin = await signIn(t.app, other.people.admin.email);
    foreignArticleId = (await knowledgeHelpers(t, other).write(theirAdmin, { state: 'validated' }))
      .id;
  });
  afterAll(() => t.close());

  describe('lessons', () => {
    it('are created with the course, in order, with the articles they link', async () => {
      const id = await create({
        lessons: [
          { title: 'Why refunds', body: `Read [dented goods](/knowledge/articles/${articleId}).` },
          { title: 'How', body: '**Ask** for the order first.' },
        ],
      });
      const view = (await agent.get(`/api/training/courses/${id}`)).json();
      expect(view.lessons).toMatchObject([
        { position: 0, title: 'Why refunds', articles: [{ id: articleId, title: 'Dented goods' }] },
        { position: 1, title: 'How', body: '**Ask** for the order first.', articles: [] },
      ]);
      expect(view.progress).toMatchObject({ lessonsDone: 0, lessonsTotal: 2, completed: false });
      expect(view.progress.nextLessonId).toBe(view.lessons[0].id);
    });

    it("refuse a link to another organization's article, or to someone's draft, naming the lesson", async () => {
      const foreign = await trainer.post(
        '/api/training/courses',
        course({
          lessons: [
            { title: 'Fine', body: '' },
            { title: 'Theirs', body: `See /knowledge/articles/${foreignArticleId}` },
          ],
        }),
      );
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().error.field).toBe('lessons.1.body');
      const admin = await signIn(t.app, org.people.admin.email);
      const draft = await knowledgeHelpers(t, org).write(admin, { state: 'draft' });
      const drafted = await trainer.post(
        '/api/training/courses',
        course({ lessons: [{ title: 'Draft', body: `/knowledge/articles/${draft.id}` }] }),
      );
      expect(drafted.statusCode).toBe(400);
      expect(drafted.json().error.field).toBe('lessons.0.body');
    });
  });

  describe('editing a draft', () => {
    it('replaces settings, lessons and questions while draft; a published course is 409', async () => {
      const id = await create({}, false);
      const put = await trainer.put(
        `/api/training/courses/${id}`,
        course({ title: 'Returns, revised', lessons: [{ title: 'One', body: 'Text' }] }),
      );
      expect(put.statusCode, put.body).toBe(200);
      expect(put.json().course.title).toBe('Returns, revised');
      const content = (await trainer.get(`/api/training/courses/${id}/content`)).json().content;
      expect(content.lessons).toEqual([{ title: 'One', body: 'Text' }]);
      expect(content.questions.map((q: { correct: number[] }) => q.correct)).toEqual([[0], [1]]);
      expect((await agent.put(`/api/training/courses/${id}`, course())).statusCode).toBe(403);
      expect((await agent.get(`/api/training/courses/${id}/content`)).statusCode).toBe(403);
      await trainer.post(`/api/training/courses/${id}/publish`);
      const late = await trainer.put(`/api/training/courses/${id}`, course());
      expect(late.statusCode).toBe(409);
      const theirs = await signIn(t.app, other.people.trainer.email);
      expect((await theirs.get(`/api/training/courses/${id}/content`)).statusCode).toBe(404);
      expect((await theirs.put(`/api/training/courses/${id}`, course())).statusCode).toBe(404);
    });

    it('replaces a published course by a new draft from its content, then archiving the old', async () => {
      const old = await create({ lessons: [{ title: 'One', body: 'Text' }] });
      const { content } = (await trainer.get(`/api/training/courses/${old}/content`)).json();
      const next = await create({ ...content, title: 'Returns basics, v2' });
      expect((await agent.post(`/api/training/courses/${old}/archive`)).statusCode).toBe(403);
      const archived = await trainer.post(`/api/training/courses/${old}/archive`);
      expect(archived.json().course.state).toBe('archived');
      expect((await trainer.post(`/api/training/courses/${old}/archive`)).statusCode).toBe(409);
      expect((await agent.get(`/api/training/courses/${old}`)).statusCode).toBe(404);
      expect((await agent.post(`/api/training/courses/${old}/attempts`)).statusCode).toBe(404);
      const listed = (await agent.get('/api/training/courses')).json().courses;
      expect(listed.map((c: { id: string }) => c.id)).toContain(next);
      expect(listed.map((c: { id: string }) => c.id)).not.toContain(old);
    });
  });

  describe('progress', () => {
    it('is kept per person and lesson, resumes on another session, and completes once', async () => {
      const id = await create({
        lessons: [
          { title: 'A', body: 'a' },
          { title: 'B', body: 'b' },
        ],
      });
      const [a, b] = (await agent.get(`/api/training/courses/${id}`)).json().lessons;
      const first = await agent.post(`/api/training/courses/${id}/lessons/${a.id}/complete`);
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json().progress).toMatchObject({ lessonsDone: 1, nextLessonId: b.id });
      // Another device: a fresh sign-in sees the same place.
      const elsewhere = await signIn(t.app, org.people.agent.email);
      const view = (await elsewhere.get(`/api/training/courses/${id}`)).json();
      expect(view.lessons.map((l: { done: boolean }) => l.done)).toEqual([true, false]);
      expect(view.progress.nextLessonId).toBe(b.id);
      // Someone else's progress is theirs.
      expect((await agent2.get(`/api/training/courses/${id}`)).json().progress.lessonsDone).toBe(0);
      const [done, again] = await Promise.all([
        elsewhere.post(`/api/training/courses/${id}/lessons/${b.id}/complete`),
        agent.post(`/api/training/courses/${id}/lessons/${b.id}/complete`),
      ]);
      expect([done.statusCode, again.statusCode]).toEqual([200, 200]);
      expect(done.json().progress).toMatchObject({ completed: true, nextLessonId: null });
      const completed = await statements('completed');
      const ofType = (type: string) =>
        completed.filter(
          (s) =>
            (s as { object: { definition: { type: string } } }).object.definition.type ===
            `http://adlnet.gov/expapi/activities/${type}`,
        );
      // One per lesson (each with its course as parent), and the course once, though two sessions
      // finished the last lesson at the same moment.
      expect(ofType('lesson')).toHaveLength(2);
      expect(ofType('course')).toHaveLength(1);
      for (const statement of completed) expect(validateStatement(statement)).toEqual([]);
      const me = (await agent.get('/api/training/me')).json();
      expect(me.progress).toContainEqual({
        courseId: id,
        lessonsDone: 2,
        lessonsTotal: 2,
        nextLessonId: null,
        completed: true,
      });
    });

    it("refuses another course's lesson and another organization's course", async () => {
      const id = await create({ lessons: [{ title: 'A', body: 'a' }] });
      const otherId = await create({ lessons: [{ title: 'B', body: 'b' }] });
      const [lesson] = (await agent.get(`/api/training/courses/${otherId}`)).json().lessons;
      const mixed = await agent.post(`/api/training/courses/${id}/lessons/${lesson.id}/complete`);
      expect(mixed.statusCode).toBe(404);
      const stranger = await signIn(t.app, other.people.agent.email);
      const foreign = await stranger.post(
        `/api/training/courses/${otherId}/lessons/${lesson.id}/complete`,
      );
      expect(foreign.statusCode).toBe(404);
    });
  });

  describe('prerequisites', () => {
    it('refuse an attempt without them, naming what is missing, which the course view also says', async () => {
      await trainer.post('/api/training/catalogue', {
        key: 'returns_i',
        title: 'Returns I',
        validityMonths: 12,
      });
      const basics = await create({ title: 'Basics' });
      const id = await create({
        title: 'Advanced',
        requires: { certifications: ['returns_i'], courses: [basics] },
      });
      const refused = await agent.post(`/api/training/courses/${id}/attempts`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe(
        'First you need the Returns I certification and a pass of Basics',
      );
      const view = (await agent.get(`/api/training/courses/${id}`)).json();
      expect(refused.json().error.missing).toEqual(view.missing);
      expect(view.missing).toEqual([
        { kind: 'certification', key: 'returns_i', title: 'Returns I' },
        { kind: 'course', courseId: basics, title: 'Basics' },
      ]);
      // Pass Basics, and be signed off on Returns I: then it opens.
      const attempt = (await agent.post(`/api/training/courses/${basics}/attempts`)).json().attempt;
      for (const q of attempt.questions)
        await agent.post(`/api/training/attempts/${attempt.id}/answers`, {
          questionId: q.id,
          answer: [q.prompt === 'Gifts are free' ? 1 : 0],
        });
      expect((await agent.post(`/api/training/attempts/${attempt.id}/submit`)).json().passed).toBe(
        true,
      );
      expect(
        (
          await trainer.post('/api/training/certifications', {
            personId: org.people.agent.id,
            certificationKey: 'returns_i',
            note: 'Watched it',
          })
        ).statusCode,
      ).toBe(201);
      expect((await agent.get(`/api/training/courses/${id}`)).json().missing).toEqual([]);
      expect((await agent.post(`/api/training/courses/${id}/attempts`)).statusCode).toBe(201);
    });

    it('must exist in the organization and not be the course itself', async () => {
      const unknown = await trainer.post(
        '/api/training/courses',
        course({ requires: { certifications: ['nope'], courses: [] } }),
      );
      expect(unknown.json().error.field).toBe('requires.certifications.0');
      const theirs = await signIn(t.app, other.people.trainer.email);
      const foreign = (await theirs.post('/api/training/courses', course())).json().course
        .id as string;
      const cross = await trainer.post(
        '/api/training/courses',
        course({ requires: { certifications: [], courses: [foreign] } }),
      );
      expect(cross.json().error.field).toBe('requires.courses.0');
      const id = await create({}, false);
      const self = await trainer.put(
        `/api/training/courses/${id}`,
        course({ requires: { certifications: [], courses: [id] } }),
      );
      expect(self.json().error.field).toBe('requires.courses.0');
    });
  });

  describe('situation questions', () => {
    it('show the case without its answer, and are graded at submit by the policy for the level then', async () => {
      const id = await create({ questions: [situationQuestion], questionsPerAttempt: 1 });
      const attempt = async (client: TestClient) =>
        (await client.post(`/api/training/courses/${id}/attempts`)).json().attempt;
      const mine = await attempt(agent2);
      const [question] = mine.questions;
      expect(question).toMatchObject({
        kind: 'situation',
        situation: {
          asks: { type: 'refund', amount: { amountMinor: 150_00, currency: 'USD' } },
          types: [
            { key: 'refund', label: 'Refund' },
            { key: 'goodwill_gift', label: 'Goodwill gift' },
          ],
        },
      });
      expect(JSON.stringify(mine)).not.toMatch(/expected|correct|ask_approval/);
      const url = `/api/training/attempts/${mine.id}/answers`;
      const options = await agent2.post(url, { questionId: question.id, answer: [0] });
      expect(options.statusCode).toBe(400);
      const euros = await agent2.post(url, {
        questionId: question.id,
        answer: { ...offer, currency: 'EUR' },
      });
      expect(euros.json().error.field).toBe('answer.currency');
      expect((await agent2.post(url, { questionId: question.id, answer: offer })).statusCode).toBe(
        204,
      );
      // An Agent may not grant $150: wrong.
      expect((await agent2.post(`/api/training/attempts/${mine.id}/submit`)).json()).toEqual({
        score: 0,
        passed: false,
      });

      // The same answer from a Senior agent at submit is right: the key follows the policy in force.
      const senior = await t.ctx.db
        .selectFrom('authorityLevels')
        .select('id')
        .where('organizationId', '=', org.id)
        .where('key', '=', 'senior_agent')
        .executeTakeFirstOrThrow();
      const theirs = await attempt(agent);
      await agent.post(`/api/training/attempts/${theirs.id}/answers`, {
        questionId: theirs.questions[0].id,
        answer: offer,
      });
      await t.ctx.db
        .updateTable('people')
        .set({ levelId: senior.id })
        .where('id', '=', org.people.agent.id)
        .execute();
      expect((await agent.post(`/api/training/attempts/${theirs.id}/submit`)).json()).toEqual({
        score: 100,
        passed: true,
      });
    });

    it('refuse a situation question that names options or an answer key', async () => {
      const keyed = await trainer.post(
        '/api/training/courses',
        course({ questions: [{ ...situationQuestion, correct: [0] }] }),
      );
      expect(keyed.json().error.field).toBe('questions.0.correct');
      const bare = await trainer.post(
        '/api/training/courses',
        course({ questions: [{ kind: 'situation', prompt: 'What now?' }] }),
      );
      expect(bare.json().error.field).toBe('questions.0.situation');
    });
  });

  describe('the time limit', () => {
    it('refuses answers after it and scores only answers given by it', async () => {
      const id = await create({ timeLimitMinutes: 10 });
      const attempt = (await agent2.post(`/api/training/courses/${id}/attempts`)).json().attempt;
      const right = (q: { prompt: string }) => [q.prompt === 'Gifts are free' ? 1 : 0];
      const [q1, q2] = attempt.questions;
      const url = `/api/training/attempts/${attempt.id}/answers`;
      expect((await agent2.post(url, { questionId: q1.id, answer: right(q1) })).statusCode).toBe(
        204,
      );
      // Eleven minutes pass (moving the start back, so sessions stay valid).
      await t.ctx.db
        .updateTable('trainingAttempts')
        .set({ startedAt: new Date(t.clock.now().getTime() - 11 * 60_000) })
        .where('id', '=', attempt.id)
        .execute();
      const late = await agent2.post(url, { questionId: q2.id, answer: right(q2) });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.message).toContain('Time ran out');
      // The first answer was given in time by the clock then; put it after the limit, as a racing
      // answer would land, and it counts as wrong.
      await t.ctx.db
        .updateTable('trainingAnswers')
        .set({ answeredAt: t.clock.now() })
        .where('attemptId', '=', attempt.id)
        .execute();
      expect((await agent2.post(`/api/training/attempts/${attempt.id}/submit`)).json()).toEqual({
        score: 0,
        passed: false,
      });
    });
  });

  describe('xAPI', () => {
    it('records launched at start and answered for each answer, each a valid statement', async () => {
      const before = {
        launched: (await statements('launched')).length,
        answered: (await statements('answered')).length,
      };
      const id = await create({ title: 'Statements' });
      const attempt = (await agent2.post(`/api/training/courses/${id}/attempts`)).json().attempt;
      for (const q of attempt.questions)
        await agent2.post(`/api/training/attempts/${attempt.id}/answers`, {
          questionId: q.id,
          answer: [0],
        });
      const launched = (await statements('launched')).slice(before.launched);
      const answered = (await statements('answered')).slice(before.answered);
      expect(launched).toHaveLength(1);
      expect(answered).toHaveLength(2);
      for (const statement of [...launched, ...answered])
        expect(validateStatement(statement), JSON.stringify(statement)).toEqual([]);
      expect(launched[0]).toMatchObject({
        object: { id: expect.stringContaining(`/course/${id}`) },
        context: { registration: attempt.id },
      });
      expect(answered[0]).toMatchObject({
        object: { id: expect.stringContaining('/question/') },
        result: { response: '0' },
        context: { registration: attempt.id },
      });
      // Whether an answer is right is known only at submit: no success rides on answered.
      expect(answered[0]).not.toHaveProperty('result.success');
    });
  });
});
