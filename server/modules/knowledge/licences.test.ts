import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

describe('knowledge licences', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let admin: TestClient;
  let agent: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'lic');
    other = await createFixtureOrganization(t.ctx.db, 'lic-other');
    admin = await signIn(t.app, org.people.admin.email);
    agent = await signIn(t.app, org.people.agent.email);
  });
  afterAll(() => t.close());

  const put = (client: TestClient, personId: string, licence: string | null) =>
    client.put(`/api/people/${personId}/knowledge-licence`, { licence });

  it('an admin grants, changes and revokes a licence, each recorded in the ledger', async () => {
    const granted = await put(admin, org.people.agent.id, 'candidate');
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().licence).toMatchObject({
      person: { id: org.people.agent.id },
      licence: 'candidate',
      grantedBy: { id: org.people.admin.id },
    });
    expect((await put(admin, org.people.agent.id, 'publisher')).json().licence.licence).toBe(
      'publisher',
    );
    // The list is the latest granted first.
    t.clock.advance(1000);
    await put(admin, org.people.trainer.id, 'coach');

    const list = (await admin.get('/api/knowledge/licences')).json().licences;
    expect(
      list.map((l: { person: { id: string }; licence: string }) => [l.person.id, l.licence]),
    ).toEqual([
      [org.people.trainer.id, 'coach'],
      [org.people.agent.id, 'publisher'],
    ]);

    const revoked = await put(admin, org.people.agent.id, null);
    expect(revoked.json()).toEqual({ licence: null });
    const entries = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['kind', 'actorId', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'knowledge.licence_granted')
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.data)).toEqual([
      { personId: org.people.agent.id, licence: 'candidate', previous: null },
      { personId: org.people.agent.id, licence: 'publisher', previous: 'candidate' },
      { personId: org.people.trainer.id, licence: 'coach', previous: null },
      { personId: org.people.agent.id, licence: null, previous: 'publisher' },
    ]);
    expect(new Set(entries.map((e) => e.actorId))).toEqual(new Set([org.people.admin.id]));
  });

  it('nobody changes their own licence (four eyes), and only admins grant', async () => {
    const own = await put(admin, org.people.admin.id, 'coach');
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/own knowledge licence/);
    expect((await put(agent, org.people.agent.id, 'coach')).statusCode).toBe(403);
    expect((await put(agent, org.people.agent2.id, 'coach')).statusCode).toBe(403);
    expect((await agent.get('/api/knowledge/licences')).statusCode).toBe(403);
  });

  it("answers 404 for another organization's person and names a malformed licence", async () => {
    expect((await put(admin, other.people.agent.id, 'candidate')).statusCode).toBe(404);
    const bad = await put(admin, org.people.agent.id, 'wizard');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('licence');
    const missing = await admin.put(`/api/people/${org.people.agent.id}/knowledge-licence`, {});
    expect(missing.json().error.field).toBe('licence');
  });
});
