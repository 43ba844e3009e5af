import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';

/** The catalogue as the policy admin reads it to name a certified tier's certification. */
describe('the certification catalogue over HTTP', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let other: FixtureOrganization;
  let trainer: TestClient;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'catalogue');
    other = await createFixtureOrganization(t.ctx.db, 'catalogue-other');
    trainer = await signIn(t.app, org.people.trainer.email);
    admin = await signIn(t.app, org.people.admin.email);
    for (const [key, title] of [
      ['refunds_ii', 'Refunds II'],
      ['goodwill_gifts', 'Goodwill gifts'],
      ['calm', 'Calm under pressure'],
    ])
      expect(
        (await trainer.post('/api/training/catalogue', { key, title, validityMonths: 12 }))
          .statusCode,
      ).toBe(201);
    const theirs = await signIn(t.app, other.people.trainer.email);
    await theirs.post('/api/training/catalogue', {
      key: 'theirs_only',
      title: 'Theirs',
      validityMonths: 6,
    });
  });
  afterAll(() => t.close());

  it("lists the organization's own entries by key, to an admin and a learner alike", async () => {
    const response = await admin.get('/api/training/catalogue');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().certifications.map((c: { key: string }) => c.key)).toEqual([
      'calm',
      'goodwill_gifts',
      'refunds_ii',
    ]);
    expect(response.json().certifications[2]).toMatchObject({
      title: 'Refunds II',
      validityMonths: 12,
    });
    const agent = await signIn(t.app, org.people.agent.email);
    expect((await agent.get('/api/training/catalogue')).json().certifications).toHaveLength(3);
  });

  it('pages by key with the cursor it gives out, and refuses a bad limit naming it', async () => {
    const first = (await admin.get('/api/training/catalogue?limit=2')).json();
    expect(first.certifications.map((c: { key: string }) => c.key)).toEqual([
      'calm',
      'goodwill_gifts',
    ]);
    const second = (
      await admin.get(`/api/training/catalogue?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect(second.certifications.map((c: { key: string }) => c.key)).toEqual(['refunds_ii']);
    expect(second.nextCursor).toBeNull();
    const bad = await admin.get('/api/training/catalogue?limit=0');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('limit');
  });
});
