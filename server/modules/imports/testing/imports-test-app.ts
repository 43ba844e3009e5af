import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createFixtureOrganization, type FixtureOrganization } from '../../../testing/fixtures.ts';
import { createTestApp, signIn, type TestApp, type TestClient } from '../../../testing/test-app.ts';

/**
 * A test app whose uploads are kept in a temporary data folder of its own (the files and the
 * `-imports` folder beside it), which its close() removes with everything else.
 */
export async function createImportsTestApp(env?: Record<string, string>): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-imports-'));
  const t = await createTestApp({ config: { dataDir }, ...(env ? { env } : {}) });
  return {
    ...t,
    close: async () => {
      await t.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}-imports`, { recursive: true, force: true });
    },
  };
}

/** The start of most imports tests: that app, a fixture organization named `slug` and its admin signed in. */
export async function createImportsTestOrganization(
  slug: string,
  env?: Record<string, string>,
): Promise<{ t: TestApp; org: FixtureOrganization; admin: TestClient }> {
  const t = await createImportsTestApp(env);
  const org = await createFixtureOrganization(t.ctx.db, slug);
  const admin = await signIn(t.app, org.people.admin.email);
  return { t, org, admin };
}
