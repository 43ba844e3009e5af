import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../server/testing/processes.ts';

/**
 * Issue 10, finding 7, through the CLI: weak passwords and a malformed email are wrong usage (exit 2),
 * refused before the database is opened. The accepted case, a passphrase that then signs in, is in
 * cli.test.ts.
 */
describe('leeway create-user', () => {
  let dataDir: string;
  let env: Record<string, string | undefined>;
  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-create-user-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: undefined };
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  const createUser = (email: string, password: string) =>
    runCli(
      [
        'create-user',
        '--org',
        'northwind',
        '--email',
        email,
        '--name',
        'Night Shift',
        '--role',
        'agent',
      ],
      env,
      password,
    );

  it.each(['          ', 'aaaaaaaaaa', '1111111111', 'password1234'])(
    'refuses the password %j with exit code 2, naming password',
    async (password) => {
      const result = await createUser('night.shift@northwind.example', password);
      expect(result.code, result.output).toBe(2);
      expect(result.output).toMatch(/password/i);
      expect(result.output).not.toContain('Created');
    },
  );

  it('refuses --email not-an-email with exit code 2, naming --email', async () => {
    const result = await createUser('not-an-email', 'tofu wobble canal');
    expect(result.code, result.output).toBe(2);
    expect(result.output).toContain('--email');
  });
});
