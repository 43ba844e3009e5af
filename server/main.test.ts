import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { runCli, spawnNode, startServerProcess } from './testing/processes.ts';
import { createPostgresDatabase, testDialect } from './testing/test-database.ts';

async function login(url: string, email: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { status: response.status, cookies };
}

describe('starting Leeway', () => {
  it('stops on a bad setting with a message naming the variable', async () => {
    const spawned = spawnNode(['--import', 'tsx', 'server/main.ts'], { PORT: 'eighty' });
    expect(await spawned.exited).toBe(78);
    expect(spawned.output()).toContain('PORT');
    expect(spawned.output()).toContain('"eighty"');
  });

  describe.runIf(testDialect() === 'pglite')('on the embedded database', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-start-'));
    afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

    it('creates, migrates and seeds DATA_DIR, prints the URL and demo logins, and signs the demo agent in', async () => {
      const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: undefined });
      try {
        expect(server.output()).toContain(
          `Leeway is ready at ${server.url.replace('127.0.0.1', '127.0.0.1')}`,
        );
        expect(server.output()).toContain('agent@northwind.example');
        const { status } = await login(server.url, 'agent@northwind.example', 'leeway-demo');
        expect(status).toBe(200);
      } finally {
        await server.stop();
      }
      expect(fs.existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    });

    it('keeps the data across restarts and does not seed twice', async () => {
      const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: undefined });
      try {
        const { cookies } = await login(server.url, 'admin@northwind.example', 'leeway-demo');
        const { people } = (await (
          await fetch(`${server.url}/api/people`, { headers: { cookie: cookies } })
        ).json()) as { people: unknown[] };
        expect(people.length).toBeGreaterThanOrEqual(20);
        expect(people.length).toBeLessThanOrEqual(30);
      } finally {
        await server.stop();
      }
    });
  });

  describe.runIf(testDialect() === 'postgres')('on PostgreSQL', () => {
    it('refuses to boot before `leeway migrate`, then two instances serve the same logins and data', async () => {
      const database = await createPostgresDatabase();
      const url = database.url;
      // createPostgresDatabase migrates; roll the schemas away to start from an empty database
      // (imports keep their staging tables in a schema of their own).
      await database.db.schema.dropSchema('import_staging').ifExists().cascade().execute();
      await database.db.schema.dropSchema('public').cascade().execute();
      await database.db.schema.createSchema('public').execute();
      try {
        const early = spawnNode(['--import', 'tsx', 'server/main.ts'], {
          DATABASE_URL: url,
          PORT: '0',
        });
        expect(await early.exited).toBe(1);
        expect(early.output()).toContain('leeway migrate');

        expect((await runCli(['migrate'], { DATABASE_URL: url })).code).toBe(0);
        const seeded = await runCli(['seed', '--demo'], { DATABASE_URL: url });
        expect(seeded.code, seeded.output).toBe(0);

        const a = await startServerProcess({ DATABASE_URL: url });
        const b = await startServerProcess({ DATABASE_URL: url });
        try {
          const { cookies } = await login(a.url, 'admin@northwind.example', 'leeway-demo');
          const changed = await fetch(`${a.url}/api/organization`, {
            method: 'PATCH',
            headers: {
              cookie: cookies,
              'content-type': 'application/json',
              'x-csrf-token': /leeway_csrf=([^;]+)/.exec(cookies)?.[1] ?? '',
            },
            body: JSON.stringify({ vision: 'Written on instance A' }),
          });
          expect(changed.status).toBe(200);
          // The session made on A is valid on B, and B sees what A wrote.
          const onB = await fetch(`${b.url}/api/organization`, { headers: { cookie: cookies } });
          expect(onB.status).toBe(200);
          expect(
            ((await onB.json()) as { organization: { vision: string } }).organization.vision,
          ).toBe('Written on instance A');
        } finally {
          await Promise.all([a.stop(), b.stop()]);
        }
      } finally {
        await database.close();
      }
    });
  });
});
