import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { uploadCsv } from '../imports/testing/upload.ts';

/** The auditor role reaches the people table by each way in: the people admin, an invitation, a file. */
describe('the auditor role', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-auditor-'));

  beforeAll(async () => {
    t = await createTestApp({ config: { dataDir } });
    org = await createFixtureOrganization(t.ctx.db, 'roles');
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}-imports`, { recursive: true, force: true });
  });

  const roleOf = async (email: string) =>
    (
      await t.ctx.db
        .selectFrom('people')
        .select('role')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).role;

  it('is given by the people admin, with no authority level, and signs in to its own abilities', async () => {
    const created = await admin.post('/api/people', {
      email: 'auditor@roles.test',
      name: 'Ida Auditor',
      role: 'auditor',
      password: 'a long audit passphrase 7',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().person).toMatchObject({ role: 'auditor', level: null });
    const auditor = await signIn(t.app, 'auditor@roles.test', 'a long audit passphrase 7');
    const me = (await auditor.get('/api/me')).json();
    expect(me.person.role).toBe('auditor');
    expect(me.abilities).toEqual([
      'organization.read',
      'tokens.own',
      'resolutions.export',
      'ledger.verify',
      'ledger.export',
      'xapi.read',
    ]);
  });

  it('is a role a person can be changed to, and one an invitation can give', async () => {
    const changed = await admin.patch(`/api/people/${org.people.trainer.id}`, { role: 'auditor' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(await roleOf(org.people.trainer.email)).toBe('auditor');
    const invited = await admin.post('/api/invitations', {
      email: 'invited-auditor@roles.test',
      name: 'Invited Auditor',
      role: 'auditor',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(await roleOf('invited-auditor@roles.test')).toBe('auditor');
  });

  it('is accepted by the people import, and an unknown role is named with the list', async () => {
    const csv = [
      'email,name,role,level,team,manager_email,extension',
      'filed-auditor@roles.test,Filed Auditor,auditor,,,,',
      'wrong@roles.test,Wrong Role,inspector,,,,',
    ].join('\n');
    const report = (await uploadCsv(t.app, admin, 'people', csv)).json().import;
    expect(report.errors).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'role',
        message: expect.stringContaining('admin, auditor'),
      }),
    ]);
    const fixed = csv.split('\n').slice(0, 2).join('\n');
    const dryRun = (await uploadCsv(t.app, admin, 'people', fixed)).json().import;
    expect(dryRun.errors).toEqual([]);
    const applied = await admin.post(`/api/imports/${dryRun.id}/apply`);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(await roleOf('filed-auditor@roles.test')).toBe('auditor');
  });
});
