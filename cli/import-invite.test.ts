import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../server/db/database.ts';
import { runCli } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

/** `leeway import people FILE --org S --apply --invite`: the people a file brings in get their links. */
describe('leeway import people --apply --invite', () => {
  let env: Record<string, string | undefined>;
  let work: string;
  let postgres: (DatabaseHandle & { url: string }) | undefined;

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-import-invite-'));
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url };
    } else {
      env = { DATA_DIR: path.join(work, 'data'), DATABASE_URL: undefined };
    }
    env.PUBLIC_URL = 'https://leeway.example.com';
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const created = await runCli(
      [
        'create-organization',
        '--slug',
        'acme',
        '--name',
        'Acme',
        '--currency',
        'USD',
        '--time-zone',
        'Europe/Paris',
        '--admin-email',
        'boss@acme.test',
        '--admin-name',
        'Boss',
      ],
      env,
      'copper kettle morning',
    );
    expect(created.code, created.output).toBe(0);
  });
  afterAll(async () => {
    await postgres?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('prints one link per person without SMTP, and invites nobody twice when run again', async () => {
    const file = path.join(work, 'people.csv');
    fs.writeFileSync(
      file,
      [
        'email,name,role,level,team,manager_email,extension',
        'ana@acme.test,Ana Ortiz,agent,,,,',
        'ben@acme.test,Ben Ng,agent,,,,',
        'boss@acme.test,Boss,admin,,,,',
      ].join('\n'),
    );
    const args = ['import', 'people', file, '--org', 'acme', '--apply', '--invite'];
    const first = await runCli(args, env);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain('Invited 2 (no SMTP_URL');
    expect(first.output).toMatch(
      /Ana Ortiz <ana@acme\.test>: https:\/\/leeway\.example\.com\/invitation#[A-Za-z0-9_-]{43}/,
    );
    expect(first.output).toMatch(/Ben Ng <ben@acme\.test>: https:\/\/leeway/);
    expect(first.output).not.toContain('boss@acme.test>:');

    const second = await runCli(args, env);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('Invited 0');
    expect(second.output).not.toContain('/invitation#');
  });

  it('refuses --invite without --apply (exit 2)', async () => {
    const file = path.join(work, 'people.csv');
    const dry = await runCli(['import', 'people', file, '--org', 'acme', '--invite'], env);
    expect(dry.code, dry.output).toBe(2);
    expect(dry.output).toContain('--invite');
  });
});
