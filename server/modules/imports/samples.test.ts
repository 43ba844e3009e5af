import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { repoRoot } from '../../testing/processes.ts';
import { signIn, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { createOrganization } from '../organization/commands/create-organization.ts';
import { createImportsTestApp } from './testing/imports-test-app.ts';
import { uploadCsv } from './testing/upload.ts';

const sample = (name: string) => fs.readFileSync(path.join(repoRoot, 'docs/samples', name), 'utf8');

describe('the sample files in docs/samples', () => {
  let t: TestApp;
  let admin: TestClient;
  const password = 'a long sample admin passphrase';

  beforeAll(async () => {
    t = await createImportsTestApp();
    // The samples' orders are from late November 2026.
    t.clock.advance(11 * 24 * 3600_000);
    await createOrganization({
      db: t.ctx.db,
      organization: {
        slug: 'from-zero',
        name: 'From Zero',
        currency: 'USD',
        timeZone: 'America/New_York',
      },
      admin: { email: 'owner@from-zero.test', name: 'Owner', password },
      template: 'hundred-dollar-rule',
      onlyIfFirst: false,
      now: t.clock.now(),
    });
    admin = await signIn(t.app, 'owner@from-zero.test', password);
  });
  afterAll(() => t?.close());

  it.each([
    ['people', 'people.csv', 5],
    ['customers', 'customers.csv', 6],
    ['orders', 'orders.csv', 7],
  ])('%s import cleanly into an organization created from zero', async (kind, file, rows) => {
    const dry = (await uploadCsv(t.app, admin, kind, sample(file), file)).json().import;
    expect(dry).toMatchObject({ rows, created: rows, errorCount: 0, errors: [] });
    const applied = await admin.post(`/api/imports/${dry.id}/apply`);
    expect(applied.json().import).toMatchObject({ status: 'applied', created: rows });
  });
});
