import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('people, teams and levels', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'ppl');
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(() => t.close());

  it('shows me my level, team and manager', async () => {
    const agent = await signIn(t.app, org.people.agent.email);
    const { person } = (await agent.get('/api/me')).json();
    expect(person).toMatchObject({
      level: { key: 'agent', name: 'Agent', rank: 1 },
      team: { name: 'Front line' },
      manager: { id: org.people.supervisor.id },
    });
  });

  it('lists and filters people', async () => {
    const all = (await admin.get('/api/people')).json().people;
    expect(all).toHaveLength(6);
    const agents = (await admin.get('/api/people?role=agent')).json().people;
    expect(agents.map((p: { email: string }) => p.email).sort()).toEqual(
      [org.people.agent.email, org.people.agent2.email].sort(),
    );
    expect((await admin.get('/api/people?q=SUPERVISOR')).json().people).toHaveLength(1);
  });

  it('refuses a filter that is not a role', async () => {
    const response = await admin.get('/api/people?role=king');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('role');
  });

  it('filters people by any of several roles and by whether they may sign in, teams by name', async () => {
    const emails = async (url: string) =>
      ((await admin.get(url)).json().people as Array<{ email: string }>).map((p) => p.email).sort();
    expect(await emails('/api/people?role=agent,admin')).toEqual(
      [org.people.agent.email, org.people.agent2.email, org.people.admin.email].sort(),
    );
    expect(await emails('/api/people?active=true')).toHaveLength(6);
    expect(await emails('/api/people?active=false')).toEqual([]);
    const bad = await admin.get('/api/people?role=agent,king');
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'role']);
    const teamNames = async (q: string) =>
      ((await admin.get(`/api/teams?q=${q}`)).json().teams as Array<{ name: string }>).map(
        (team) => team.name,
      );
    expect(await teamNames('FRONT')).toEqual(['Front line']);
    expect(await teamNames('back')).toEqual([]);
  });

  it('lists teams with their lead and size, and levels lowest first', async () => {
    const { teams } = (await admin.get('/api/teams')).json();
    expect(teams).toEqual([
      {
        id: org.teamId,
        name: 'Front line',
        lead: { id: org.people.supervisor.id, name: expect.any(String) },
        memberCount: 6,
      },
    ]);
    const team = (await admin.get(`/api/teams/${org.teamId}`)).json();
    expect(team.members).toHaveLength(6);
    const { levels } = (await admin.get('/api/authority-levels')).json();
    expect(levels.map((l: { key: string }) => l.key)).toEqual([
      'agent',
      'senior_agent',
      'supervisor',
      'manager',
    ]);
  });

  it('lets an admin add a person who can then sign in', async () => {
    const response = await admin.post('/api/people', {
      email: 'New.Rep@ppl.test',
      name: 'New Rep',
      role: 'agent',
      levelKey: 'agent',
      teamId: org.teamId,
      managerId: org.people.supervisor.id,
      password: 'a long enough password',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().person).toMatchObject({
      email: 'new.rep@ppl.test',
      level: { key: 'agent' },
      manager: { id: org.people.supervisor.id },
    });
    await signIn(t.app, 'new.rep@ppl.test', 'a long enough password');
  });

  it.each([
    [{ email: 'not-an-email', name: 'X', role: 'agent' }, 'email', 400],
    [{ email: 'x@ppl.test', name: 'X', role: 'overlord' }, 'role', 400],
    [{ email: 'x@ppl.test', role: 'agent' }, 'name', 400],
    [{ email: 'x@ppl.test', name: 'X', role: 'agent', levelKey: 'emperor' }, 'levelKey', 400],
    [{ email: 'x@ppl.test', name: 'X', role: 'agent', password: 'short' }, 'password', 400],
    [{ email: 'AGENT@ppl.test', name: 'X', role: 'agent' }, 'email', 409],
  ])('refuses a bad new person %j naming %s', async (body, field, status) => {
    const response = await admin.post('/api/people', body);
    expect(response.statusCode).toBe(status);
    expect(response.json().error.field).toBe(field);
  });

  it('changes a level and refuses a reporting loop', async () => {
    const promoted = await admin.patch(`/api/people/${org.people.agent.id}`, {
      levelKey: 'senior_agent',
    });
    expect(promoted.json().person.level.key).toBe('senior_agent');
    const loop = await admin.patch(`/api/people/${org.people.manager.id}`, {
      managerId: org.people.agent.id,
    });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error).toMatchObject({
      field: 'managerId',
      message: expect.stringContaining('loop'),
    });
    const self = await admin.patch(`/api/people/${org.people.manager.id}`, {
      managerId: org.people.manager.id,
    });
    expect(self.statusCode).toBe(400);
  });

  it('refuses an empty change', async () => {
    const response = await admin.patch(`/api/people/${org.people.agent.id}`, {});
    expect(response.statusCode).toBe(400);
  });

  it('does not let an admin deactivate themselves', async () => {
    const response = await admin.patch(`/api/people/${org.people.admin.id}`, { active: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('active');
  });

  it('answers 404 for an id that exists nowhere and 400 for one that is not an id', async () => {
    expect((await admin.get('/api/people/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
    const bad = await admin.get('/api/people/42');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('id');
  });
});
