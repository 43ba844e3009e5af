import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { recordStatement, type RecordStatementOptions } from './record-statement.ts';

describe('recordStatement', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  const options = (result: RecordStatementOptions['result']): RecordStatementOptions => ({
    organizationId: org.id,
    publicUrl: 'https://leeway.example.com',
    actor: { personId: org.people.agent.id, name: 'Agent', email: org.people.agent.email },
    verb: 'passed',
    object: { activityId: 'course-1', name: 'Refunds', type: 'course' },
    ...(result ? { result } : {}),
    timestamp: new Date('2026-11-20T10:00:00Z'),
  });
  const count = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('xapiStatements')
          .select((eb) => eb.fn.countAll<string | number>().as('n'))
          .where('organizationId', '=', org.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    org = await createFixtureOrganization(t.ctx.db, 'recording');
  });
  afterAll(() => t.close());

  it.each([
    ['scaled above 1', { score: { scaled: 1.5 } }],
    ['raw below min', { score: { scaled: 0, raw: -1, min: 0, max: 10 } }],
    ['raw above max', { score: { scaled: 1, raw: 11, min: 0, max: 10 } }],
    ['min not below max', { score: { scaled: 1, min: 10, max: 10 } }],
  ])('refuses a score with %s, failing the event with it', async (_why, result) => {
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await recordStatement(trx, options(result));
      }),
    ).rejects.toThrow(/result\.score/);
    expect(await count()).toBe(0);
  });

  it('rolls back with the event that recorded it', async () => {
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await recordStatement(trx, options({ success: true }));
        throw new Error('the attempt failed to save');
      }),
    ).rejects.toThrow('the attempt failed to save');
    expect(await count()).toBe(0);
    await t.ctx.db.transaction().execute((trx) => recordStatement(trx, options({ success: true })));
    expect(await count()).toBe(1);
  });
});
