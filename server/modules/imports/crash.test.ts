import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { createFixtureOrganization, type FixtureOrganization } from '../../testing/fixtures.ts';
import { spawnNode } from '../../testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../../testing/test-database.ts';
import { applyImport } from './commands/apply-import.ts';

const ROWS = 50_000;

/** A database the CLI will open in its own process, with the fixture organization. */
async function prepare(dataDir: string): Promise<{
  env: Record<string, string | undefined>;
  org: FixtureOrganization;
  reopen: () => Promise<DatabaseHandle>;
  cleanup: () => Promise<void>;
}> {
  if (testDialect() === 'postgres') {
    const database = await createPostgresDatabase();
    const org = await createFixtureOrganization(database.db, 'crash');
    return {
      env: { DATABASE_URL: database.url, DATA_DIR: dataDir },
      org,
      reopen: async () => ({ ...database, close: async () => {} }),
      cleanup: () => database.close(),
    };
  }
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await migrateToLatest(database.db);
  const org = await createFixtureOrganization(database.db, 'crash');
  await database.close();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: undefined, SEED_DEMO: 'false' },
    org,
    reopen: () => openDatabase({ kind: 'pglite', dataDir }),
    cleanup: async () => {},
  };
}

describe('kill -9 in the middle of an apply', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-import-crash-'));
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await cleanup?.();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it(
    'leaves none of the rows and an import that applies whole afterwards',
    { timeout: 300_000 },
    async () => {
      const dataDir = path.join(root, 'data');
      const prepared = await prepare(dataDir);
      cleanup = prepared.cleanup;
      const file = path.join(root, 'customers.csv');
      const lines = [
        'external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email',
      ];
      for (let i = 0; i < ROWS; i++)
        lines.push(`K-${i},Customer ${i},c${i}@example.com,,regular,${i}.50,,`);
      fs.writeFileSync(file, lines.join('\n'));

      const cli = spawnNode(
        ['cli/bin.mjs', 'import', 'customers', file, '--org', 'crash', '--apply'],
        prepared.env,
      );
      // The dry run is committed; the apply's transaction has read and staged rows when it is killed.
      while (!/Applying customers\.csv: [1-9]/.test(cli.output())) {
        if (cli.child.exitCode !== null)
          throw new Error(`the import ended first:\n${cli.output()}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      cli.child.kill('SIGKILL');
      expect(await cli.exited).toBe(128);
      expect(cli.output()).not.toContain('Applied:');

      const database = await prepared.reopen();
      try {
        const count = async () =>
          Number(
            (
              await database.db
                .selectFrom('customers')
                .select((eb) => eb.fn.countAll().as('n'))
                .where('organizationId', '=', prepared.org.id)
                .executeTakeFirstOrThrow()
            ).n,
          );
        expect(await count()).toBe(1); // the fixture's own customer: none of the file's
        const imports = await database.db
          .selectFrom('imports')
          .selectAll()
          .where('organizationId', '=', prepared.org.id)
          .execute();
        expect(imports).toHaveLength(1);
        expect(imports[0]).toMatchObject({ status: 'dry_run', created: ROWS, errorCount: 0 });
        const ledger = await database.db
          .selectFrom('ledgerEntries')
          .select('kind')
          .where('kind', '=', 'import.applied')
          .execute();
        expect(ledger).toHaveLength(0);

        const applied = await applyImport({
          database,
          organizationId: prepared.org.id,
          importId: imports[0]!.id,
          actorId: null,
          now: new Date(),
        });
        expect(applied).toMatchObject({ status: 'applied', created: ROWS, updated: 0 });
        expect(await count()).toBe(ROWS + 1);
      } finally {
        await database.close();
      }
    },
  );
});
