import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { sendAssignmentReminders } from './commands/send-assignment-reminders.ts';

const DAY = 86_400_000;

describe('assignments over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let agent: TestClient;
  let trainer: TestClient;
  let courseId: string;
  let draftId: string;
  let foreignCourseId: string;

  const inDays = (days: number) => new Date(t.clock.now().getTime() + days * DAY).toISOString();
  /** Written directly (one true/false question): the course builder is training's, tested there. */
  const createCourse = async (organizationId: string, title: string, published: boolean) => {
    const row = await t.ctx.db
      .insertInto('trainingCourses')
      .values({
        organizationId,
        title,
        passMark: 50,
        questionsPerAttempt: 1,
        state: published ? 'published' : 'draft',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`insert into training_questions (organization_id, course_id, position, kind, prompt, options, correct)
      values (${organizationId}, ${row.id}, 0, 'true_false', 'The sky is blue', '["True","False"]', '[0]')`.execute(
      t.ctx.db,
    );
    return row.id;
  };
  const eventsOf = (personId: string, type: string) =>
    t.ctx.db
      .selectFrom('events')
      .select('data')
      .where('recipientId', '=', personId)
      .where('type', '=', type as never)
      .execute();

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'assign');
    other = await createFixtureOrganization(t.ctx.db, 'assign-other');
    agent = await signIn(t.app, org.people.agent.email);
    trainer = await signIn(t.app, org.people.trainer.email);
    courseId = await createCourse(org.id, 'Calm under pressure', true);
    draftId = await createCourse(org.id, 'Draft', false);
    foreignCourseId = await createCourse(other.id, 'Theirs', true);
  });
  afterAll(() => t.close());

  it('a rep may not assign, list, cancel or read the trainer figures', async () => {
    const body = { courseId, personIds: [org.people.agent.id], dueAt: inDays(7) };
    expect((await agent.post('/api/training/assignments', body)).statusCode).toBe(403);
    expect((await agent.get('/api/training/assignments')).statusCode).toBe(403);
    expect((await agent.get('/api/training/progress')).statusCode).toBe(403);
    expect((await agent.get('/api/training/today')).statusCode).toBe(403);
    expect(
      (await agent.post(`/api/training/assignments/${org.people.agent.id}/cancel`)).statusCode,
    ).toBe(403);
  });

  it("refuses another organization's course, team or people, a draft, a past due date and an unclear target", async () => {
    const dueAt = inDays(7);
    const foreignCourse = await trainer.post('/api/training/assignments', {
      courseId: foreignCourseId,
      personIds: [org.people.agent.id],
      dueAt,
    });
    expect(foreignCourse.statusCode).toBe(404);
    const foreignTeam = await trainer.post('/api/training/assignments', {
      courseId,
      teamId: other.teamId,
      dueAt,
    });
    expect(foreignTeam.statusCode).toBe(404);
    const foreignPerson = await trainer.post('/api/training/assignments', {
      courseId,
      personIds: [org.people.agent.id, other.people.agent.id],
      dueAt,
    });
    expect(foreignPerson.statusCode).toBe(404);
    const draft = await trainer.post('/api/training/assignments', {
      courseId: draftId,
      personIds: [org.people.agent.id],
      dueAt,
    });
    expect([draft.statusCode, draft.json().error.field]).toEqual([400, 'courseId']);
    const past = await trainer.post('/api/training/assignments', {
      courseId,
      personIds: [org.people.agent.id],
      dueAt: inDays(-1),
    });
    expect([past.statusCode, past.json().error.field]).toEqual([400, 'dueAt']);
    const both = await trainer.post('/api/training/assignments', {
      courseId,
      teamId: org.teamId,
      personIds: [org.people.agent.id],
      dueAt,
    });
    expect([both.statusCode, both.json().error.field]).toEqual([400, 'teamId']);
    const neither = await trainer.post('/api/training/assignments', { courseId, dueAt });
    expect([neither.statusCode, neither.json().error.field]).toEqual([400, 'teamId']);
    const none = await t.ctx.db.selectFrom('trainingAssignments').select('id').execute();
    expect(none).toEqual([]);
  });

  it('assigns a team: one assignment and one live event per member; an open one is not doubled', async () => {
    const dueAt = inDays(10);
    const made = await trainer.post('/api/training/assignments', {
      courseId,
      teamId: org.teamId,
      dueAt,
    });
    expect(made.statusCode, made.body).toBe(201);
    const { assignments, skipped } = made.json();
    expect(skipped).toEqual([]);
    expect(assignments).toHaveLength(Object.keys(org.people).length);
    expect(assignments[0]).toMatchObject({
      course: { id: courseId, title: 'Calm under pressure' },
      teamId: org.teamId,
      dueAt,
      assignedBy: { id: org.people.trainer.id },
      cancelledAt: null,
      status: 'not_started',
    });
    const mine = assignments.find(
      (a: { person: { id: string } }) => a.person.id === org.people.agent.id,
    );
    expect(await eventsOf(org.people.agent.id, 'training.assigned')).toEqual([
      { data: { assignmentId: mine.id, courseId, courseTitle: 'Calm under pressure', dueAt } },
    ]);
    const again = await trainer.post('/api/training/assignments', {
      courseId,
      personIds: [org.people.agent.id],
      dueAt: inDays(20),
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ assignments: [], skipped: [org.people.agent.id] });
  });

  it('a learner sees their assignment move from not started to in progress to done, or overdue', async () => {
    const statusOf = async (client: TestClient) =>
      (await client.get('/api/training/me'))
        .json()
        .assignments.map((a: { status: string }) => a.status);
    expect(await statusOf(agent)).toEqual(['not_started']);
    const attempt = await t.ctx.db
      .insertInto('trainingAttempts')
      .values({
        organizationId: org.id,
        personId: org.people.agent.id,
        courseId,
        seed: 1,
        questionIds: [],
        startedAt: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await statusOf(agent)).toEqual(['in_progress']);
    await t.ctx.db
      .updateTable('trainingAttempts')
      .set({ submittedAt: t.clock.now(), score: 100, passed: true })
      .where('id', '=', attempt.id)
      .execute();
    expect(await statusOf(agent)).toEqual(['done']);
    const agent2 = await signIn(t.app, org.people.agent2.email);
    await t.ctx.db
      .updateTable('trainingAssignments')
      .set({ dueAt: new Date(t.clock.now().getTime() - DAY) })
      .where('personId', '=', org.people.agent2.id)
      .execute();
    expect(await statusOf(agent2)).toEqual(['overdue']);
    const overdue = await trainer.get('/api/training/assignments?status=overdue');
    expect(overdue.json().assignments.map((a: { person: { id: string } }) => a.person.id)).toEqual([
      org.people.agent2.id,
    ]);
    const done = await trainer.get(
      `/api/training/assignments?status=done&personId=${org.people.agent.id}`,
    );
    expect(done.json().assignments).toHaveLength(1);
  });

  it('cancels once; a cancelled assignment can be assigned again', async () => {
    const list = await trainer.get(
      `/api/training/assignments?personId=${org.people.supervisor.id}`,
    );
    const id = list.json().assignments[0].id;
    const cancelled = await trainer.post(`/api/training/assignments/${id}/cancel`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().assignment).toMatchObject({ id, status: 'cancelled' });
    expect((await trainer.post(`/api/training/assignments/${id}/cancel`)).statusCode).toBe(409);
    const again = await trainer.post('/api/training/assignments', {
      courseId,
      personIds: [org.people.supervisor.id],
      dueAt: inDays(1),
    });
    expect(again.json().assignments).toHaveLength(1);
  });

  it('reminds once two days before the due date and once when overdue, never a done or cancelled one', async () => {
    const db = t.ctx.db;
    const now = t.clock.now();
    // The supervisor's new assignment is due in a day; agent2's is overdue; the agent's is done.
    const first = await sendAssignmentReminders({ db, now });
    expect(first).toEqual({ dueSoon: 1, overdue: 1 });
    expect(await sendAssignmentReminders({ db, now })).toEqual({ dueSoon: 0, overdue: 0 });
    const reminders = (personId: string) =>
      eventsOf(personId, 'training.assignment_reminder').then((rows) =>
        rows.map((r) => (r.data as { reminder: string }).reminder),
      );
    expect(await reminders(org.people.supervisor.id)).toEqual(['due_soon']);
    expect(await reminders(org.people.agent2.id)).toEqual(['overdue']);
    // Two days later the supervisor's is overdue; the others' (due in ten days) are two days away.
    const later = new Date(now.getTime() + 8.5 * DAY);
    expect(await sendAssignmentReminders({ db, now: later })).toEqual({ dueSoon: 3, overdue: 1 });
    expect(await sendAssignmentReminders({ db, now: later })).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await reminders(org.people.supervisor.id)).toEqual(['due_soon', 'overdue']);
    expect(await reminders(org.people.agent.id)).toEqual([]);
  });

  it('progress: completion and pass rate by team, coverage per type, expiring certificates, questions', async () => {
    const db = t.ctx.db;
    const now = t.clock.now();
    await db
      .insertInto('personCertifications')
      .values([
        {
          organizationId: org.id,
          personId: org.people.agent.id,
          certification: 'goodwill_gifts',
          issuedAt: new Date(now.getTime() - 300 * DAY),
          expiresAt: new Date(now.getTime() + 10 * DAY),
        },
        {
          organizationId: other.id,
          personId: other.people.agent.id,
          certification: 'goodwill_gifts',
          issuedAt: new Date(now.getTime() - 300 * DAY),
          expiresAt: new Date(now.getTime() + 5 * DAY),
        },
      ])
      .execute();
    const question = await db
      .selectFrom('trainingQuestions')
      .select('id')
      .where('courseId', '=', courseId)
      .executeTakeFirstOrThrow();
    // Five submitted answers: two right (True), three wrong (False).
    for (const [i, answer] of [0, 0, 1, 1, 1].entries()) {
      const attempt = await db
        .insertInto('trainingAttempts')
        .values({
          organizationId: org.id,
          personId: org.people.agent2.id,
          courseId,
          seed: i,
          questionIds: [question.id],
          startedAt: now,
          submittedAt: now,
          score: answer === 0 ? 100 : 0,
          passed: answer === 0,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('trainingAnswers')
        .values({
          attemptId: attempt.id,
          questionId: question.id,
          answer: JSON.stringify([answer]),
          answeredAt: now,
        })
        .execute();
    }
    const response = await trainer.get(`/api/training/progress?team=${org.teamId}`);
    expect(response.statusCode, response.body).toBe(200);
    const progress = response.json();
    expect(progress.teams).toEqual([
      {
        team: { id: org.teamId, name: 'Front line' },
        people: 6,
        assignments: 6,
        // The cancelled one is not counted; the agent and agent2 (who has since passed) are done.
        done: 2,
        overdue: 0,
        completionRate: 2 / 6,
        attempts: 6,
        passed: 3,
        passRate: 0.5,
      },
    ]);
    expect(progress.coverage).toEqual([
      {
        type: 'goodwill_gift',
        typeName: 'Goodwill gift',
        certifications: ['goodwill_gifts'],
        people: 6,
        holders: 1,
        share: 1 / 6,
      },
    ]);
    expect(progress.expiring).toEqual([
      {
        id: expect.any(String),
        person: { id: org.people.agent.id, name: expect.any(String) },
        key: 'goodwill_gifts',
        title: 'goodwill_gifts',
        expiresAt: new Date(now.getTime() + 10 * DAY).toISOString(),
      },
    ]);
    expect(progress.questions).toEqual([
      {
        questionId: question.id,
        courseId,
        courseTitle: 'Calm under pressure',
        prompt: 'The sky is blue',
        options: ['True', 'False'],
        answered: 5,
        rightShare: 0.4,
        mostPickedWrong: { answer: [1], labels: ['False'], count: 3 },
      },
    ]);
    const today = (await trainer.get('/api/training/today')).json();
    expect(today.weakQuestions.map((q: { questionId: string }) => q.questionId)).toEqual([
      question.id,
    ]);
    expect(today.expiring.count).toBe(1);
    expect(today.overdue.count).toBe(0);
    expect(today.dueSoon.first.map((a: { person: { id: string } }) => a.person.id)).toEqual([
      org.people.supervisor.id,
    ]);
    expect(today.signOffRequests).toEqual([]);
  });
});
