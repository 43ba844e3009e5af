import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { abilities } from '../../policies/abilities.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { createTestApp, signIn, TestClient, type TestApp } from '../../testing/test-app.ts';

/** The app shapes its pages from these, so they must be exactly what the ability table grants. */
describe('GET /api/me says what the caller may do', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'acme');
  });
  afterAll(() => t.close());

  const people = {
    agent: 'agent',
    approver: 'manager',
    team_leader: 'supervisor',
    trainer: 'trainer',
    admin: 'admin',
  } as const;

  /** What a KCS licence, not the role, still decides: with none held, these stay out of /api/me. */
  const withheldWithoutLicence: Record<string, string[]> = {
    agent: ['knowledge.write', 'knowledge.coach', 'knowledge.metrics'],
    approver: ['knowledge.write', 'knowledge.coach', 'knowledge.metrics'],
    team_leader: ['knowledge.write', 'knowledge.coach'],
    trainer: ['knowledge.write', 'knowledge.coach'],
    admin: [],
  };

  it("returns each role's abilities from the ability table, less what a licence decides, and the roles a delegate may hold", async () => {
    for (const [role, fixture] of Object.entries(people)) {
      const me = (await (await signIn(t.app, org.people[fixture].email)).get('/api/me')).json();
      expect(me.person.role).toBe(role);
      const granted = Object.entries(abilities)
        .filter(([, actors]) => (actors as readonly string[]).includes(role))
        .map(([ability]) => ability)
        .filter((ability) => !withheldWithoutLicence[role]!.includes(ability));
      expect(me.abilities, role).toEqual(granted);
      expect(me.delegateRoles).toEqual(['approver', 'team_leader', 'admin']);
    }
  });

  it('tells the pages apart: only deciders see approvals, only admins the policy', async () => {
    const agent = (await (await signIn(t.app, org.people.agent.email)).get('/api/me')).json();
    const admin = (await (await signIn(t.app, org.people.admin.email)).get('/api/me')).json();
    expect(agent.abilities).not.toContain('approvals.decide');
    expect(agent.abilities).not.toContain('people.oversee');
    expect(agent.abilities).toContain('resolutions.request');
    expect(admin.abilities).toEqual(
      expect.arrayContaining(['approvals.decide', 'people.oversee', 'policy.manage']),
    );
  });

  it('gives back what a knowledge licence allows once an admin grants it, and takes it away on revoke', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const agent = await signIn(t.app, org.people.agent.email);
    const knowledgeOf = async () =>
      ((await agent.get('/api/me')).json().abilities as string[]).filter((a) =>
        a.startsWith('knowledge.'),
      );
    expect(await knowledgeOf()).toEqual(['knowledge.read']);
    const licence = (value: string | null) =>
      admin.put(`/api/people/${org.people.agent.id}/knowledge-licence`, { licence: value });
    expect((await licence('candidate')).statusCode).toBe(200);
    expect(await knowledgeOf()).toEqual(['knowledge.read', 'knowledge.write']);
    expect((await licence('coach')).statusCode).toBe(200);
    expect(await knowledgeOf()).toEqual([
      'knowledge.read',
      'knowledge.write',
      'knowledge.coach',
      'knowledge.metrics',
    ]);
    expect((await licence(null)).statusCode).toBe(200);
    expect(await knowledgeOf()).toEqual(['knowledge.read']);
  });

  it('answers the same at sign-in, so the app needs no second request', async () => {
    const login = await new TestClient(t.app).post('/api/auth/login', {
      email: org.people.admin.email,
      password: FIXTURE_PASSWORD,
    });
    const me = (await (await signIn(t.app, org.people.admin.email)).get('/api/me')).json();
    expect(login.json().abilities).toEqual(me.abilities);
    expect(login.json().delegateRoles).toEqual(me.delegateRoles);
  });
});
