import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDialect } from '../../testing/test-database.ts';
import { stageTableOf } from '../imports/staging/run-import.ts';
import { uploadCsv } from '../imports/testing/upload.ts';
import { importUploadDir } from '../imports/upload-dir.ts';
import { expireDryRuns } from './commands/expire-dry-runs.ts';

const customersCsv = (ref: string) =>
  `external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email\n${ref},Customer ${ref},,,,,,\n`;
const peopleCsv =
  'email,name,role,level,team,manager_email,extension\nnew.agent@example.com,New Agent,agent,,Night shift,,\n';
const HOUR = 3_600_000;

describe('expiring import dry runs nobody applied', () => {
  let t: TestApp;
  let org: FixtureOrganization;
  let admin: TestClient;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-expire-'));

  beforeAll(async () => {
    t = await createTestApp({ config: { dataDir } });
    org = await createFixtureOrganization(t.ctx.db, 'expire');
    admin = await signIn(t.app, org.people.admin.email);
  });
  afterAll(async () => {
    await t?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}-imports`, { recursive: true, force: true });
  });

  const sweep = (hoursLater: number) =>
    expireDryRuns({
      db: t.ctx.db,
      now: new Date(t.clock.now().getTime() + hoursLater * HOUR),
      retentionHours: 72,
      uploadDir: importUploadDir(t.ctx.config),
    });
  const dryRun = async (kind: string, csv: string) => {
    const response = await uploadCsv(t.app, admin, kind, csv);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ import: { id: string; status: string } }>().import;
  };
  const staged = async (id: string) =>
    (
      await sql<{
        name: string | null;
      }>`select to_regclass(${stageTableOf(id)})::text as name`.execute(t.ctx.db)
    ).rows[0]!.name !== null;
  const filePath = async (id: string) =>
    (
      await t.ctx.db
        .selectFrom('imports')
        .select('filePath')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).filePath;

  it('drops an old dry run’s staged rows and file, says expired, and refuses its apply', async () => {
    const customers = await dryRun('customers', customersCsv('OLD-1'));
    const people = await dryRun('people', peopleCsv);
    expect(await staged(customers.id)).toBe(true);
    // A people dry run keeps its file (the apply reads it again); customers and orders keep rows.
    expect(fs.existsSync(await filePath(people.id))).toBe(true);

    expect(await sweep(71)).toEqual({ expired: 0, filesRemoved: 0 });
    expect(await staged(customers.id)).toBe(true);

    expect(await sweep(73)).toEqual({ expired: 2, filesRemoved: 1 });
    expect(await staged(customers.id)).toBe(false);
    expect(fs.existsSync(await filePath(people.id))).toBe(false);
    for (const { id } of [customers, people]) {
      const shown = await admin.get(`/api/imports/${id}`);
      expect(shown.json().import.status).toBe('expired');
      const applied = await admin.post(`/api/imports/${id}/apply`);
      expect(applied.statusCode).toBe(409);
      expect(applied.json().error.message).toMatch(/expired unapplied .* upload the file again/);
    }
    const written = await t.ctx.db
      .selectFrom('customers')
      .select('id')
      .where('organizationId', '=', org.id)
      .where('externalRef', '=', 'OLD-1')
      .execute();
    expect(written).toEqual([]);
    // Sweeping again finds nothing more to do.
    expect(await sweep(200)).toEqual({ expired: 0, filesRemoved: 0 });
  });

  it('leaves applied imports and young dry runs alone; the young one still applies', async () => {
    const applied = await dryRun('customers', customersCsv('APPLIED-1'));
    expect((await admin.post(`/api/imports/${applied.id}/apply`)).statusCode).toBe(200);
    t.clock.advance(48 * HOUR);
    admin = await signIn(t.app, org.people.admin.email); // the session did not last two days
    const young = await dryRun('customers', customersCsv('YOUNG-1'));

    // 73 hours after the first, 25 after the young one.
    expect((await sweep(25)).expired).toBe(0);
    expect((await admin.get(`/api/imports/${applied.id}`)).json().import.status).toBe('applied');
    expect(await staged(young.id)).toBe(true);
    const response = await admin.post(`/api/imports/${young.id}/apply`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().import).toMatchObject({ status: 'applied', created: 1 });
  });

  it.skipIf(testDialect() === 'pglite')(
    'never touches a dry run whose apply holds its row, and expires it once free',
    async () => {
      const waiting = await dryRun('customers', customersCsv('LOCKED-1'));
      // The apply locks the import's row FOR UPDATE for its whole transaction (apply-import.ts).
      await t.ctx.db.transaction().execute(async (trx) => {
        await trx
          .selectFrom('imports')
          .select('id')
          .where('id', '=', waiting.id)
          .forUpdate()
          .execute();
        expect((await sweep(100)).expired).toBe(0);
      });
      expect(await staged(waiting.id)).toBe(true);
      expect((await sweep(100)).expired).toBe(1);
      expect(await staged(waiting.id)).toBe(false);
    },
  );

  it('removes old upload files no waiting dry run names, and keeps young ones', async () => {
    const dir = importUploadDir(t.ctx.config);
    fs.mkdirSync(dir, { recursive: true });
    const orphan = path.join(dir, '2d1b8f4e-5c7a-4b7e-9f0a-3c2d1e0f9a8b.csv');
    const fresh = path.join(dir, '7e6d5c4b-3a29-4187-a6b5-c4d3e2f1a0b9.csv');
    const other = path.join(dir, 'notes.txt');
    for (const file of [orphan, fresh, other]) fs.writeFileSync(file, 'email\n');
    // A dry run killed half-way leaves its file and no import (its transaction rolled back).
    const old = new Date(t.clock.now().getTime() - 80 * HOUR);
    fs.utimesSync(orphan, old, old);
    fs.utimesSync(other, old, old);
    const fiveHoursAgo = new Date(t.clock.now().getTime() - 5 * HOUR);
    fs.utimesSync(fresh, fiveHoursAgo, fiveHoursAgo);

    expect(await sweep(0)).toEqual({ expired: 0, filesRemoved: 1 });
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    expect(fs.existsSync(other)).toBe(true);
  });
});
