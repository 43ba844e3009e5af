import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app.ts';

describe('organization settings', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'orgs');
  });
  afterAll(() => t.close());

  it('shows every member the vision of service', async () => {
    const agent = await signIn(t.app, org.people.agent.email);
    expect((await agent.get('/api/organization')).json().organization).toMatchObject({
      slug: 'orgs',
      vision: 'Vision of orgs',
      currency: 'USD',
    });
  });

  it('lets an admin change the vision and time zone, and nobody else', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const changed = await admin.patch('/api/organization', {
      vision: 'Fix it on the first contact.',
      timeZone: 'Europe/Paris',
    });
    expect(changed.json().organization).toMatchObject({
      vision: 'Fix it on the first contact.',
      timeZone: 'Europe/Paris',
    });
    const supervisor = await signIn(t.app, org.people.supervisor.email);
    expect((await supervisor.patch('/api/organization', { vision: 'mine' })).statusCode).toBe(403);
  });

  it('refuses a time zone that does not exist, naming the field', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const response = await admin.patch('/api/organization', { timeZone: 'Mars/Olympus' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', field: 'timeZone' });
  });

  it('changes the certificate grace days, refusing a negative, a fraction or more than a year by name', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    for (const [days, message] of [
      [-1, 'must not be negative'],
      [1.5, 'must be a whole number of days'],
      [366, 'must be at most 365 days'],
    ] as const) {
      const refused = await admin.patch('/api/organization', { certificationGraceDays: days });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().error).toMatchObject({ field: 'certificationGraceDays' });
      expect(refused.json().error.message).toContain(message);
    }
    const saved = await admin.patch('/api/organization', { certificationGraceDays: 14 });
    expect(saved.json().organization.certificationGraceDays).toBe(14);
    expect((await admin.get('/api/organization')).json().organization.certificationGraceDays).toBe(
      14,
    );
  });

  it('stores a time zone under the name the database knows it by, which is what budgets are counted in', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    const response = await admin.patch('/api/organization', { timeZone: 'america/new_york' });
    expect(response.statusCode).toBe(200);
    expect(response.json().organization.timeZone).toBe('America/New_York');
  });

  it('records a new time zone in the ledger, since it moves where every daily budget starts', async () => {
    const admin = await signIn(t.app, org.people.admin.email);
    await admin.patch('/api/organization', { timeZone: 'Pacific/Kiritimati' });
    await admin.patch('/api/organization', { timeZone: 'Pacific/Kiritimati', vision: 'Same zone' });
    const entries = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['actorId', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'organization.time_zone_changed')
      .orderBy('seq')
      .execute();
    expect(entries.at(-1)).toEqual({
      actorId: org.people.admin.id,
      data: { before: 'America/New_York', after: 'Pacific/Kiritimati' },
    });
    expect(entries.map((e) => (e.data as { after: string }).after)).toEqual([
      'Europe/Paris',
      'America/New_York',
      'Pacific/Kiritimati',
    ]);
  });
});
