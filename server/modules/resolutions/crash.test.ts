import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import {
  createFixtureOrganization,
  FIXTURE_PASSWORD,
  type FixtureOrganization,
} from '../../testing/fixtures.ts';
import { HttpSession } from '../../testing/http-client.ts';
import { startServerProcess } from '../../testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../../testing/test-database.ts';

type Resolution = { id: string; status: string };

/** Prepares a database another process will serve: the fixture organization, nothing else. */
async function prepare(): Promise<{
  env: Record<string, string | undefined>;
  org: FixtureOrganization;
  cleanup: () => Promise<void>;
}> {
  if (testDialect() === 'postgres') {
    const database = await createPostgresDatabase();
    const org = await createFixtureOrganization(database.db, 'crash');
    return { env: { DATABASE_URL: database.url }, org, cleanup: () => database.close() };
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-crash-'));
  const database = await openDatabase({ kind: 'pglite', dataDir });
  await migrateToLatest(database.db);
  const org = await createFixtureOrganization(database.db, 'crash');
  await database.close();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: undefined, SEED_DEMO: 'false' },
    org,
    cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

describe('kill -9 while requests are in flight', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterAll(() => cleanup?.());

  it(
    'loses no acknowledged request, duplicates none, and the chain still verifies',
    { timeout: 120_000 },
    async () => {
      const prepared = await prepare();
      cleanup = prepared.cleanup;
      const { env, org } = prepared;
      const first = await startServerProcess(env);
      const agent = await HttpSession.signIn(first.url, org.people.agent.email, FIXTURE_PASSWORD);
      const contact = (
        await agent.json<{ contact: { id: string } }>('POST', '/api/contacts', {
          customerId: org.customerId,
          channel: 'call',
        })
      ).body.contact.id;

      const acknowledged = new Map<string, string>();
      const keys: string[] = [];
      let stop = false;
      const worker = async () => {
        while (!stop) {
          const key = randomUUID();
          keys.push(key);
          try {
            const response = await agent.json<{ resolution: Resolution }>(
              'POST',
              `/api/contacts/${contact}/resolutions`,
              {
                type: 'refund',
                amount: 1_00,
                currency: 'USD',
                reason: 'crash test',
                idempotencyKey: key,
              },
            );
            if (response.status === 201) acknowledged.set(key, response.body.resolution.id);
          } catch {
            return; // the server is gone
          }
        }
      };
      const workers = Array.from({ length: 8 }, worker);
      while (acknowledged.size < 40) await new Promise((r) => setTimeout(r, 20));
      first.child.kill('SIGKILL');
      stop = true;
      await Promise.all(workers);
      await first.exited;

      const second = await startServerProcess(env);
      try {
        const again = await HttpSession.signIn(
          second.url,
          org.people.agent.email,
          FIXTURE_PASSWORD,
        );
        for (const [key, id] of acknowledged) {
          const { status, body } = await again.json<{ resolution: Resolution }>(
            'GET',
            `/api/resolutions/${id}`,
          );
          expect(status, `acknowledged ${key}`).toBe(200);
          expect(body.resolution.status).toBe('granted');
        }
        // Retrying every key, acknowledged or not, never makes a second resolution for it.
        const ids = new Map<string, string>();
        for (const key of keys) {
          const retry = await again.json<{ resolution: Resolution }>(
            'POST',
            `/api/contacts/${contact}/resolutions`,
            {
              type: 'refund',
              amount: 1_00,
              currency: 'USD',
              reason: 'crash test',
              idempotencyKey: key,
            },
          );
          expect(retry.status).toBe(201);
          ids.set(key, retry.body.resolution.id);
          if (acknowledged.has(key)) expect(retry.body.resolution.id).toBe(acknowledged.get(key));
        }
        expect(new Set(ids.values()).size).toBe(keys.length);

        const admin = await HttpSession.signIn(
          second.url,
          org.people.admin.email,
          FIXTURE_PASSWORD,
        );
        const verified = await admin.json<{ ok: boolean; entries: number }>(
          'GET',
          '/api/ledger/verify',
        );
        expect(verified.body.ok).toBe(true);
        // Each resolution is requested once and granted once in the ledger: twice as many entries as keys.
        expect(verified.body.entries).toBe(keys.length * 2);
      } finally {
        await second.stop();
      }
    },
  );
});
