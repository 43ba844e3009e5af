import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../server/db/database.ts';
import { runCli, startServerProcess } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

const PASSWORD = 'lantern orchard velvet';

const flags = (overrides: Record<string, string> = {}) =>
  Object.entries({
    slug: 'harbour',
    name: 'Harbour Lights',
    currency: 'EUR',
    'time-zone': 'Europe/Lisbon',
    'admin-email': 'ana@harbour.example',
    'admin-name': 'Ana Admin',
    ...overrides,
  }).flatMap(([flag, value]) => [`--${flag}`, value]);

/** `leeway create-organization`: each field refused by name with exit code 2, then a real one that signs in. */
describe('leeway create-organization', () => {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let postgres: (DatabaseHandle & { url: string }) | undefined;

  beforeAll(async () => {
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-create-org-'));
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    [{ slug: 'Harbour Lights' }, '--slug'],
    [{ currency: 'EURO' }, '--currency'],
    [{ currency: 'ABC' }, '--currency'],
    [{ 'time-zone': 'Atlantis/Capital' }, '--time-zone'],
    [{ 'time-zone': 'CET1' }, '--time-zone'],
    [{ 'admin-email': 'ana' }, '--admin-email'],
    [{ template: 'anarchy' }, '--template'],
  ])('refuses %j with exit code 2, naming %s', async (overrides, flag) => {
    const result = await runCli(['create-organization', ...flags(overrides)], env, PASSWORD);
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain(flag);
    expect(result.output).not.toContain('Created');
  });

  it('names the missing flags', async () => {
    const result = await runCli(['create-organization', '--slug', 'harbour'], env, PASSWORD);
    expect(result.code).toBe(2);
    expect(result.output).toContain('--name, --currency, --time-zone, --admin-email, --admin-name');
  });

  it.each(['short', 'password1234', 'aaaaaaaaaaaaaa'])(
    'refuses the password %j from standard input with exit code 2',
    async (password) => {
      const result = await runCli(['create-organization', ...flags()], env, password);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toContain('password on standard input');
    },
  );

  it(
    'creates the organization from a piped password; its admin signs in; the slug is then taken',
    { timeout: 180_000 },
    async () => {
      // A fresh embedded folder has no tables yet (the PostgreSQL test database comes migrated).
      if (dataDir) {
        const unmigrated = await runCli(['create-organization', ...flags()], env, PASSWORD);
        expect(unmigrated.code, unmigrated.output).toBe(1);
        expect(unmigrated.output).toContain('run `leeway migrate` first');
      }
      const migrated = await runCli(['migrate'], env);
      expect(migrated.code, migrated.output).toBe(0);
      const created = await runCli(
        [
          'create-organization',
          ...flags({ template: 'tiered', vision: 'Fix it on the first call.' }),
        ],
        env,
        `${PASSWORD}\n`,
      );
      expect(created.code, created.output).toBe(0);
      expect(created.output).toContain('Created Harbour Lights (harbour)');
      expect(created.output).toContain('policy version 1 from the "Tiered" template');

      const taken = await runCli(
        ['create-organization', ...flags({ 'admin-email': 'other@harbour.example' })],
        env,
        PASSWORD,
      );
      expect(taken.code, taken.output).toBe(2);
      expect(taken.output).toContain('--slug');
      expect(taken.output).toContain('already exists');

      const emailTaken = await runCli(
        ['create-organization', ...flags({ slug: 'harbour-two' })],
        env,
        PASSWORD,
      );
      expect(emailTaken.code, emailTaken.output).toBe(2);
      expect(emailTaken.output).toContain('--admin-email');

      const verified = await runCli(['ledger', 'verify', '--org', 'harbour'], env);
      expect(verified.code, verified.output).toBe(0);
      expect(verified.output).toContain('harbour: ok, 3 entries');

      const server = await startServerProcess({ ...env, SEED_DEMO: 'false' });
      try {
        const closed = await fetch(`${server.url}/api/setup`);
        expect(await closed.json()).toEqual({ open: false });
        const login = await fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ana@harbour.example', password: PASSWORD }),
        });
        expect(login.status).toBe(200);
        const me = (await login.json()) as {
          person: { role: string; level: { key: string } };
          organization: { currency: string; timeZone: string; vision: string };
        };
        expect(me.person.role).toBe('admin');
        expect(me.person.level.key).toBe('director');
        expect(me.organization).toMatchObject({
          currency: 'EUR',
          timeZone: 'Europe/Lisbon',
          vision: 'Fix it on the first call.',
        });
      } finally {
        await server.stop();
      }
    },
  );
});
