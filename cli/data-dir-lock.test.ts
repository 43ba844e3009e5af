import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openDatabase } from '../server/db/database.ts';
import { runCli, spawnNode, startServerProcess } from '../server/testing/processes.ts';
import { testDialect } from '../server/testing/test-database.ts';

/** The exit code of a command refused because another process holds DATA_DIR (EX_TEMPFAIL). */
const HELD = 75;

/** The pid of a process that has come and gone: what a lock left by a crash names. */
async function deadPid(): Promise<number> {
  const spawned = spawnNode(['-e', ''], {});
  await spawned.exited;
  return spawned.child.pid!;
}

// PGlite is one process's database: with DATABASE_URL, PostgreSQL arbitrates and there is no lock.
describe.runIf(testDialect() === 'pglite')(
  'the embedded database belongs to one process at a time',
  () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-lock-'));
    const env = { DATA_DIR: dataDir, DATABASE_URL: undefined };
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    it(
      'refuses a CLI write and a second server beside a running server, writes nothing, and works once it stops',
      { timeout: 180_000 },
      async () => {
        const server = await startServerProcess(env);
        try {
          const refused = await runCli(
            ['create-token', '--org', 'northwind', '--name', 'Beside the server'],
            env,
          );
          expect(refused.code, refused.output).toBe(HELD);
          expect(refused.output).toContain(`the server (pid ${server.child.pid})`);
          expect(refused.output).toContain(dataDir);
          expect(refused.output).toContain('DATABASE_URL');
          expect(refused.output).not.toMatch(/lwy_/);

          const second = spawnNode(['--import', 'tsx', 'server/main.ts'], {
            ...env,
            PORT: '0',
            LOG_LEVEL: 'warn',
          });
          expect(await second.exited, second.output()).toBe(HELD);
          expect(second.output()).toContain(`pid ${server.child.pid}`);

          // The running server still serves after both were turned away.
          expect((await fetch(`${server.url}/readyz`)).ok).toBe(true);
        } finally {
          await server.stop();
        }
        expect(fs.existsSync(path.join(dataDir, 'leeway.lock'))).toBe(false);

        const created = await runCli(
          ['create-token', '--org', 'northwind', '--name', 'After the server'],
          env,
        );
        expect(created.code, created.output).toBe(0);
        expect(created.output).toMatch(/lwy_\S+/);

        const database = await openDatabase({ kind: 'pglite', dataDir });
        try {
          const names = (await database.db.selectFrom('apiTokens').select('name').execute()).map(
            (t) => t.name,
          );
          expect(names).toContain('After the server');
          expect(names).not.toContain('Beside the server');
        } finally {
          await database.close();
        }
      },
    );

    it('takes over a lock left by a process that has exited', { timeout: 60_000 }, async () => {
      const lockFile = path.join(dataDir, 'leeway.lock');
      const pid = await deadPid();
      fs.writeFileSync(
        lockFile,
        JSON.stringify({
          pid,
          hostname: os.hostname(),
          kind: 'server',
          startedAt: new Date().toISOString(),
        }),
      );
      const status = await runCli(['migrate', '--status'], env);
      expect(status.code, status.output).toBe(0);
      expect(status.output).toContain('0 pending');
      expect(fs.existsSync(lockFile)).toBe(false);
    });

    it(
      'refuses a lock held on another host, which it cannot check',
      { timeout: 60_000 },
      async () => {
        const lockFile = path.join(dataDir, 'leeway.lock');
        fs.writeFileSync(
          lockFile,
          JSON.stringify({
            pid: 4242,
            hostname: 'elsewhere.example',
            kind: 'server',
            startedAt: new Date().toISOString(),
          }),
        );
        try {
          const refused = await runCli(['migrate', '--status'], env);
          expect(refused.code, refused.output).toBe(HELD);
          expect(refused.output).toContain('pid 4242 on elsewhere.example');
          expect(refused.output).toContain(lockFile);
        } finally {
          fs.rmSync(lockFile, { force: true });
        }
      },
    );
  },
);
