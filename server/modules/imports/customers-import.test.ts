import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createImportsTestOrganization } from './testing/imports-test-app.ts';
import { uploadCsv } from './testing/upload.ts';

const header = 'external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email';
const good = [
  header,
  'CU-1,Ada Byron,ada@example.com,(312) 555-0101,vip,5000.00,,',
  'CU-2,Grace Hopper,,+44 20 7946 0958,regular,12.5,chargeback_risk;vip_watch,',
  'CU-3,Alan Turing,alan@example.com,,,,,agent@imp.test',
].join('\n');

describe('importing customers', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;

  beforeAll(async () => {
    ({ t, org, admin } = await createImportsTestOrganization('imp'));
  });
  afterAll(() => t?.close());

  const customers = () =>
    t.ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('organizationId', '=', org.id)
      .orderBy('externalRef')
      .execute();

  it('a dry run reports what it would do and writes nothing', async () => {
    const before = await customers();
    const response = await uploadCsv(t.app, admin, 'customers', good);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().import).toMatchObject({
      status: 'dry_run',
      kind: 'customers',
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      errors: [],
    });
    expect(await customers()).toEqual(before);
  });

  it('names the line and column of every bad cell, and such a file cannot be applied', async () => {
    const csv = [
      header,
      'CU-9,Fine Person,,,,,,',
      'CU-10,Bad Phone,,12,,,,',
      'CU-11,Bad Money,,,,12.345,,',
      '"CU-12","Quoted, with a',
      'second line",not-an-email,,,,,',
      'CU-9,Again,,,,,,',
    ].join('\n');
    const response = await uploadCsv(t.app, admin, 'customers', csv);
    expect(response.statusCode, response.body).toBe(201);
    const report = response.json().import;
    expect(report.errors).toEqual([
      { line: 3, column: 'phone', message: expect.any(String) },
      { line: 4, column: 'lifetime_value', message: 'has more than 2 decimal places' },
      // A quoted cell spanning two lines: the record's first line is named, and a newline in a name is refused.
      { line: 5, column: 'name', message: 'has a control character' },
      { line: 5, column: 'email', message: 'must be an e-mail address' },
      { line: 7, column: 'external_ref', message: 'also on line 2: once per file' },
    ]);
    expect(report.errorCount).toBe(5);
    const apply = await admin.post(`/api/imports/${report.id}/apply`);
    expect(apply.statusCode).toBe(409);
    expect((await customers()).map((c) => c.externalRef)).not.toContain('CU-9');
  });

  it('refuses a header without the columns, naming the missing one', async () => {
    const response = await uploadCsv(t.app, admin, 'customers', 'external_ref,name\nX,Y');
    expect(response.json().import.errors).toEqual([
      { line: 1, column: 'email', message: expect.stringContaining('missing email, phone') },
    ]);
  });

  it('refuses a phone number another customer holds, as creating one would', async () => {
    const csv = `${header}\nCU-20,Copycat,,+13125550199,,,,`;
    const report = (await uploadCsv(t.app, admin, 'customers', csv)).json().import;
    expect(report.errors).toEqual([
      { line: 2, column: 'phone', message: `is the number of customer C-imp` },
    ]);
  });

  it('applies whole, in minor units exactly, and the same file again changes nothing', async () => {
    const first = (await uploadCsv(t.app, admin, 'customers', good)).json().import;
    const applied = await admin.post(`/api/imports/${first.id}/apply`);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json().import).toMatchObject({ status: 'applied', created: 3, updated: 0 });
    const rows = await customers();
    const ada = rows.find((c) => c.externalRef === 'CU-1')!;
    expect(ada).toMatchObject({
      phone: '+13125550101',
      email: 'ada@example.com',
      segment: 'vip',
      lifetimeValueMinor: 5000_00,
      currency: 'USD',
    });
    expect(rows.find((c) => c.externalRef === 'CU-2')).toMatchObject({
      lifetimeValueMinor: 12_50,
      flags: ['chargeback_risk', 'vip_watch'],
      segment: 'regular',
    });
    expect(rows.find((c) => c.externalRef === 'CU-3')).toMatchObject({
      segment: 'new',
      linkedPersonId: org.people.agent.id,
    });

    const again = await admin.post(`/api/imports/${first.id}/apply`);
    expect(again.statusCode).toBe(409);

    const second = (await uploadCsv(t.app, admin, 'customers', good)).json().import;
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 3, errorCount: 0 });
    const reapplied = await admin.post(`/api/imports/${second.id}/apply`);
    expect(reapplied.json().import).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await customers()).toEqual(rows);

    const changed = good.replace('5000.00', '5000.01');
    const third = (await uploadCsv(t.app, admin, 'customers', changed)).json().import;
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('records each applied import once in the ledger, with the file it came from', async () => {
    const entries = await t.ctx.db
      .selectFrom('ledgerEntries')
      .select(['kind', 'data'])
      .where('organizationId', '=', org.id)
      .where('kind', '=', 'import.applied')
      .execute();
    expect(entries).toHaveLength(2);
    expect(entries[0]!.data).toMatchObject({ kind: 'customers', created: 3, rows: 3 });
    expect((await admin.get('/api/ledger/verify')).json().ok).toBe(true);
  });

  it('shows an import to its organization only, and to admins only', async () => {
    const report = (await uploadCsv(t.app, admin, 'customers', good)).json().import;
    expect((await admin.get(`/api/imports/${report.id}`)).json().import).toMatchObject({
      id: report.id,
      status: 'dry_run',
      progress: null,
    });
    const agent = await signIn(t.app, org.people.agent.email);
    expect((await uploadCsv(t.app, agent, 'customers', good)).statusCode).toBe(403);
    const other = await createFixtureOrganization(t.ctx.db, 'imp-other');
    const theirAdmin = await signIn(t.app, other.people.admin.email);
    expect((await theirAdmin.get(`/api/imports/${report.id}`)).statusCode).toBe(404);
    expect((await theirAdmin.post(`/api/imports/${report.id}/apply`)).statusCode).toBe(404);
  });

  it('names the kind when it is missing or wrong', async () => {
    const response = await uploadCsv(t.app, admin, 'suppliers', good);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.field).toBe('kind');
  });
});
