import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import type { TestApp, TestClient } from '../../testing/test-app.ts';
import { createImportsTestOrganization } from './testing/imports-test-app.ts';
import { uploadCsv } from './testing/upload.ts';

const header = 'email,name,role,level,team,manager_email,extension';

describe('importing people', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  beforeAll(async () => {
    ({ t, org, admin } = await createImportsTestOrganization('ppl'));
    await createFixtureOrganization(t.ctx.db, 'ppl-other');
  });
  afterAll(() => t?.close());

  const people = () =>
    t.ctx.db
      .selectFrom('people')
      .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
      .leftJoin('teams', 'teams.id', 'people.teamId')
      .select([
        'people.email',
        'people.role',
        'authorityLevels.key as level',
        'teams.name as team',
        'people.managerId',
        'people.extension',
      ])
      .where('people.organizationId', '=', org.id)
      .orderBy('people.email')
      .execute();

  it('keeps the four-eyes rules: an admin cannot change their own role or level by file', async () => {
    const csv = [
      header,
      `${org.people.admin.email},Admin ppl,admin,agent,,,`,
      `${org.people.agent.email},Agent ppl,admin,agent,,,`,
      `agent@ppl-other.test,Someone else's,agent,,,,`,
      `new@ppl.test,New Person,agent,director,,,`,
      `loop@ppl.test,Loop,agent,agent,,${org.people.agent.email},`,
      `${org.people.agent.email},Twice,agent,agent,,loop@ppl.test,`,
    ].join('\n');
    const before = await people();
    const report = (await uploadCsv(t.app, admin, 'people', csv)).json().import;
    expect(report.errors.map((e: { line: number; column: string }) => [e.line, e.column])).toEqual([
      [2, 'level'],
      [4, 'email'],
      [5, 'level'],
      [7, 'email'],
    ]);
    expect(report.errors[0].message).toContain('Nobody changes their own authority level');
    expect(report.errors[1].message).toBe('someone already signs in as agent@ppl-other.test');
    expect(await people()).toEqual(before);
  });

  it('refuses a reporting loop the file would make', async () => {
    const csv = [
      header,
      `a@ppl.test,A,agent,agent,,b@ppl.test,`,
      `b@ppl.test,B,agent,agent,,a@ppl.test,`,
    ].join('\n');
    const report = (await uploadCsv(t.app, admin, 'people', csv)).json().import;
    expect(report.errors).toEqual([
      { line: 2, column: 'manager_email', message: 'this would make a reporting loop' },
      { line: 3, column: 'manager_email', message: 'this would make a reporting loop' },
    ]);
  });

  it('creates and updates people, teams by name, managers in the file, each in the ledger', async () => {
    const csv = [
      header,
      `lead@ppl.test,Team Lead,team_leader,supervisor,Night shift,,2001`,
      `rep@ppl.test,New Rep,agent,agent,Night shift,lead@ppl.test,2002`,
      `${org.people.agent.email},Agent ppl,agent,senior_agent,Front line,${org.people.supervisor.email},`,
    ].join('\n');
    const dry = (await uploadCsv(t.app, admin, 'people', csv)).json().import;
    expect(dry).toMatchObject({ created: 2, updated: 1, unchanged: 0, errorCount: 0 });
    const applied = await admin.post(`/api/imports/${dry.id}/apply`);
    expect(applied.statusCode, applied.body).toBe(200);
    const rows = await people();
    const lead = await t.ctx.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'lead@ppl.test')
      .executeTakeFirstOrThrow();
    expect(rows.find((p) => p.email === 'rep@ppl.test')).toMatchObject({
      role: 'agent',
      level: 'agent',
      team: 'Night shift',
      managerId: lead.id,
      extension: '2002',
    });
    expect(rows.find((p) => p.email === org.people.agent.email)).toMatchObject({
      level: 'senior_agent',
    });
    const kinds = (
      await t.ctx.db
        .selectFrom('ledgerEntries')
        .select('kind')
        .where('organizationId', '=', org.id)
        .orderBy('seq')
        .execute()
    ).map((e) => e.kind);
    expect(kinds.slice(-4)).toEqual([
      'person.created',
      'person.created',
      'person.authority_changed',
      'import.applied',
    ]);

    const again = (await uploadCsv(t.app, admin, 'people', csv)).json().import;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    await admin.post(`/api/imports/${again.id}/apply`);
    expect(await people()).toEqual(rows);
  });
});
