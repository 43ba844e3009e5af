import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase, type DatabaseHandle } from '../server/db/database.ts';
import { appendLedgerEntries } from '../server/modules/ledger/commands/append-ledger-entries.ts';
import { runCli, spawnNode } from '../server/testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../server/testing/test-database.ts';

/** `leeway export`: what an organization's BI and its auditors take away, on standard output. */
describe('leeway export', () => {
  let env: Record<string, string | undefined>;
  let work: string;
  let dataDir: string | undefined;
  let postgres: (DatabaseHandle & { url: string }) | undefined;

  async function withDb<T>(task: (db: DatabaseHandle['db']) => Promise<T>): Promise<T> {
    if (postgres) return task(postgres.db);
    const handle = await openDatabase({ kind: 'pglite', dataDir: dataDir!, holder: 'export test' });
    try {
      return await task(handle.db);
    } finally {
      await handle.close();
    }
  }

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-export-cli-'));
    if (testDialect() === 'postgres') {
      postgres = await createPostgresDatabase();
      env = { DATABASE_URL: postgres.url };
    } else {
      dataDir = path.join(work, 'data');
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined };
    }
    expect((await runCli(['migrate'], env)).code).toBe(0);
    const seeded = await runCli(['seed', '--demo'], env);
    expect(seeded.code, seeded.output).toBe(0);
    // The demo starts with no decisions: a few denied requests, an hour apart, and their entries.
    await withDb(async (db) => {
      const org = await db.selectFrom('organizations').select('id').executeTakeFirstOrThrow();
      const customer = await db
        .selectFrom('customers')
        .select('id')
        .limit(1)
        .executeTakeFirstOrThrow();
      const rep = await db.selectFrom('people').select('id').limit(1).executeTakeFirstOrThrow();
      const contact = await db
        .insertInto('contacts')
        .values({
          organizationId: org.id,
          customerId: customer.id,
          openedBy: rep.id,
          channel: 'call',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('resolutions')
        .values(
          Array.from({ length: 6 }, (_, i) => ({
            organizationId: org.id,
            contactId: contact.id,
            customerId: customer.id,
            requestedBy: rep.id,
            type: 'refund',
            amountMinor: (i + 1) * 100,
            currency: 'USD',
            reason: i === 0 ? '=cmd|calc' : 'Late',
            idempotencyKey: `export-cli-${i}`,
            status: 'denied' as const,
            grantedAmountMinor: null,
            withinAuthority: false,
            policyVersion: 1,
            decision: '{}',
            createdAt: new Date(Date.UTC(2026, 10, 20, 9 + i)),
          })),
        )
        .execute();
      await db.transaction().execute((trx) =>
        appendLedgerEntries(
          trx,
          org.id,
          Array.from({ length: 5 }, (_, i) => ({
            kind: 'resolution.requested' as const,
            at: new Date(Date.UTC(2026, 10, 20, 9 + i)),
            actorId: rep.id,
            data: { amountMinor: (i + 1) * 100, note: '@x' },
          })),
        ),
      );
    });
  });
  afterAll(async () => {
    await postgres?.close();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('writes the ledger as JSON Lines that the documented script re-verifies', async () => {
    const exported = await runCli(['export', 'ledger', '--format', 'jsonl'], env);
    expect(exported.code, exported.output).toBe(0);
    const lines = exported.output.trimEnd().split('\n');
    const entries = await withDb((db) =>
      db.selectFrom('ledgerEntries').select('seq').orderBy('seq').execute(),
    );
    expect(entries.length).toBeGreaterThan(0);
    expect(lines.map((line) => JSON.parse(line).seq)).toEqual(entries.map((e) => e.seq));
    const verify = spawnNode(['docs/verify-ledger-export.mjs'], {}, exported.output);
    expect(await verify.exited, verify.output()).toBe(0);
    expect(verify.output()).toContain(`ok: up to entry ${entries.length}`);
  });

  // Each run of the command starts a process; three of them here.
  it('writes resolutions as CSV, within --from and --to', { timeout: 90_000 }, async () => {
    const all = await withDb((db) =>
      db
        .selectFrom('resolutions')
        .select(['id', 'createdAt'])
        .orderBy('createdAt')
        .orderBy('id')
        .execute(),
    );
    expect(all.length).toBeGreaterThan(1);
    const exported = await runCli(
      ['export', 'resolutions', '--format', 'csv', '--org', 'northwind'],
      env,
    );
    expect(exported.code, exported.output).toBe(0);
    const records = parse(exported.output, { columns: true }) as Array<{
      id: string;
      reason: string;
    }>;
    expect(records.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(records[0]!.reason).toBe("'=cmd|calc");
    const cut = all[Math.floor(all.length / 2)]!.createdAt.toISOString();
    const later = await runCli(['export', 'resolutions', '--from', cut], env);
    const laterIds = (parse(later.output, { columns: true }) as Array<{ id: string }>).map(
      (r) => r.id,
    );
    expect(laterIds).toEqual(all.filter((r) => r.createdAt.toISOString() >= cut).map((r) => r.id));
    const earlier = await runCli(['export', 'resolutions', '--format', 'jsonl', '--to', cut], env);
    const earlierIds = earlier.output
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).id);
    expect(earlierIds).toEqual(all.filter((r) => r.createdAt.toISOString() < cut).map((r) => r.id));
  });

  it(
    'refuses wrong usage with exit code 2 and an unknown organization with 1',
    { timeout: 120_000 },
    async () => {
      for (const args of [
        ['export'],
        ['export', 'people'],
        ['export', 'ledger', '--format', 'xlsx'],
        ['export', 'ledger', '--from', 'yesterday'],
      ]) {
        const result = await runCli(args, env);
        expect(result.code, args.join(' ')).toBe(2);
      }
      const unknown = await runCli(['export', 'ledger', '--org', 'nobody'], env);
      expect(unknown.code).toBe(1);
      expect(unknown.output).toContain('Organization "nobody" not found');
    },
  );
});
