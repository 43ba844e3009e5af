import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../server/db/database.ts';
import { runCli, startServerProcess } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

describe('the leeway command', () => {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let postgres: (DatabaseHandle & { url: string }) | undefined;

  beforeAll(async () => {
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-cli-'));
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains itself and exits 2 when used wrongly', async () => {
    const bare = await runCli([], env);
    expect(bare.code).toBe(2);
    expect(bare.output).toContain('Usage: leeway <command>');
    const unknown = await runCli(['frobnicate'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Unknown command "frobnicate"');
    const help = await runCli(['create-user', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.output).toContain('--org <slug>');
  });

  it('stops on bad configuration with exit code 78', async () => {
    const result = await runCli(['migrate'], { ...env, DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(78);
    expect(result.output).toContain('DATABASE_URL');
  });

  it(
    'migrates, seeds the demo, creates a user from a piped password and a token that works',
    { timeout: 180_000 },
    async () => {
      const migrated = await runCli(['migrate'], env);
      expect(migrated.code, migrated.output).toBe(0);
      expect((await runCli(['migrate', '--status'], env)).output).toContain('0 pending');

      const seeded = await runCli(['seed', '--demo'], env);
      expect(seeded.code, seeded.output).toBe(0);
      expect(seeded.output).toContain('agent@northwind.example');
      expect((await runCli(['seed', '--demo'], env)).output).toContain('already there');

      const missing = await runCli(
        ['create-user', '--org', 'northwind', '--email', 'x@northwind.example'],
        env,
        'a long password',
      );
      expect(missing.code).toBe(2);
      expect(missing.output).toContain('--name, --role');

      const badRole = await runCli(
        [
          'create-user',
          '--org',
          'northwind',
          '--email',
          'x@northwind.example',
          '--name',
          'X',
          '--role',
          'boss',
        ],
        env,
        'a long password',
      );
      expect(badRole.code).toBe(2);

      const created = await runCli(
        [
          'create-user',
          '--org',
          'northwind',
          '--email',
          'night.shift@northwind.example',
          '--name',
          'Night Shift',
          '--role',
          'agent',
          '--level',
          'agent',
        ],
        env,
        'night shift password\n',
      );
      expect(created.code, created.output).toBe(0);

      const duplicate = await runCli(
        [
          'create-user',
          '--org',
          'northwind',
          '--email',
          'night.shift@northwind.example',
          '--name',
          'Again',
          '--role',
          'agent',
        ],
        env,
        'night shift password',
      );
      expect(duplicate.code).toBe(1);
      expect(duplicate.output).toContain('already');

      const unknownOrg = await runCli(['create-token', '--org', 'nowhere', '--name', 'x'], env);
      expect(unknownOrg.code).toBe(1);
      expect(unknownOrg.output).toContain('Organization "nowhere" not found');

      const token = await runCli(
        ['create-token', '--org', 'northwind', '--name', 'Telephony'],
        env,
      );
      expect(token.code, token.output).toBe(0);
      const secret = /lwy_\S+/.exec(token.output)?.[0];
      expect(secret).toBeDefined();

      const verified = await runCli(['ledger', 'verify'], env);
      expect(verified.code, verified.output).toBe(0);
      expect(verified.output).toMatch(/northwind: ok, \d+ entries/);
      expect((await runCli(['ledger', 'verify', '--org', 'nowhere'], env)).code).toBe(1);

      const pruned = await runCli(['prune'], env);
      expect(pruned.code, pruned.output).toBe(0);
      expect(pruned.output).toMatch(/events older than 7 days: \d+ deleted/);
      expect((await runCli(['prune', '--events-older-than-days', 'soon'], env)).code).toBe(2);

      const server = await startServerProcess({ ...env, SEED_DEMO: 'false' });
      try {
        const login = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: 'night.shift@northwind.example',
            password: 'night shift password',
          }),
        });
        expect(login.status).toBe(200);
        const withToken = await fetch(`${server.url}/api/organization`, {
          headers: { authorization: `Bearer ${secret}` },
        });
        expect(withToken.status).toBe(200);
      } finally {
        await server.stop();
      }
    },
  );
});
