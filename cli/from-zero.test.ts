import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../server/db/database.ts';
import { HttpSession } from '../server/testing/http-client.ts';
import { repoRoot, runCli, startServerProcess } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

const ADMIN_PASSWORD = 'lantern orchard velvet';
const REP_PASSWORD = 'copper meadow thistle';
const samples = path.join(repoRoot, 'docs/samples');

/**
 * The README's "Your own organization", as a new contact centre runs it, end to end through the CLI
 * and the HTTP API: create the organization, import the sample files, invite a rep who accepts and
 * signs in, grant a resolution to an imported customer, export the ledger and verify it with the
 * documented script that uses no Leeway code.
 */
describe('a contact centre of its own, from zero', () => {
  let env: Record<string, string | undefined>;
  let dataDir: string | undefined;
  let postgres: (DatabaseHandle & { url: string }) | undefined;

  beforeAll(async () => {
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url, SEED_DEMO: 'false' };
    } else {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-from-zero-'));
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined, SEED_DEMO: 'false' };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const cli = async (args: string[], stdin?: string) => {
    const result = await runCli(args, env, stdin);
    expect(result.code, result.output).toBe(0);
    return result.output;
  };

  it(
    'creates, imports, invites, grants and exports a ledger that verifies',
    { timeout: 300_000 },
    async () => {
      if (dataDir) await cli(['migrate']);
      await cli(
        [
          'create-organization',
          ...['--slug', 'harbour', '--name', 'Harbour Lights', '--currency', 'USD'],
          ...['--time-zone', 'America/Chicago', '--template', 'tiered'],
          ...['--admin-email', 'ana@harbour.example', '--admin-name', 'Ana Admin'],
        ],
        ADMIN_PASSWORD,
      );
      for (const kind of ['people', 'customers', 'orders'])
        await cli([
          'import',
          kind,
          path.join(samples, `${kind}.csv`),
          '--org',
          'harbour',
          '--apply',
        ]);

      const server = await startServerProcess(env);
      try {
        const admin = await HttpSession.signIn(server.url, 'ana@harbour.example', ADMIN_PASSWORD);
        const invited = await admin.request('POST', '/api/invitations', {
          email: 'rio.rep@harbour.example',
          name: 'Rio Rep',
          role: 'agent',
          levelKey: 'agent',
        });
        expect(invited.status).toBe(201);
        const { link } = (await invited.json()) as { link: string };
        const token = new URL(link).hash.slice(1);

        const rep = new HttpSession(server.url);
        const accepted = await rep.request('POST', '/api/auth/accept-invitation', {
          token,
          password: REP_PASSWORD,
        });
        expect(accepted.status, await accepted.clone().text()).toBe(200);
        await HttpSession.signIn(server.url, 'rio.rep@harbour.example', REP_PASSWORD);

        const found = await rep.request('GET', '/api/customers?q=Lovelace');
        const { customers } = (await found.json()) as { customers: Array<{ id: string }> };
        expect(customers).toHaveLength(1);
        const contact = await rep.request('POST', '/api/contacts', {
          customerId: customers[0]!.id,
          channel: 'call',
        });
        expect(contact.status, await contact.clone().text()).toBe(201);
        const { contact: opened } = (await contact.json()) as { contact: { id: string } };
        const granted = await rep.request('POST', `/api/contacts/${opened.id}/resolutions`, {
          type: 'refund',
          amount: 20_00,
          currency: 'USD',
          reason: 'Late delivery',
          idempotencyKey: 'from-zero-first-refund',
        });
        expect(granted.status, await granted.clone().text()).toBe(201);
        expect(
          ((await granted.json()) as { resolution: { status: string } }).resolution.status,
        ).toBe('granted');
      } finally {
        await server.stop();
      }

      const ledger = await runCli(
        ['export', 'ledger', '--org', 'harbour', '--format', 'jsonl'],
        env,
      );
      expect(ledger.code, ledger.output).toBe(0);
      const lines = ledger.output.trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as { kind: string }).kind)).toEqual(
        expect.arrayContaining([
          'organization.created',
          'import.applied',
          'resolution.granted_within_authority',
        ]),
      );
      const verify = (input: string) =>
        spawnSync(process.execPath, [path.join(repoRoot, 'docs/verify-ledger-export.mjs')], {
          input,
          encoding: 'utf8',
        });
      const intact = verify(ledger.output);
      expect(intact.status, intact.stderr).toBe(0);
      expect(intact.stdout).toContain(`ok: up to entry ${lines.length}`);

      // The last entry says something else than it did when it was chained: the script says so.
      const last = JSON.parse(lines.at(-1)!) as { data: Record<string, unknown> };
      last.data = { ...last.data, edited: true };
      const tampered = verify([...lines.slice(0, -1), JSON.stringify(last)].join('\n'));
      expect(tampered.status).toBe(1);
      expect(tampered.stderr).toContain(`BROKEN at entry ${lines.length}`);
    },
  );
});
