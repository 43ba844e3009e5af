import { randomBytes } from 'node:crypto';

import pg from 'pg';

import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

/**
 * A fresh, migrated database for one test file. Vitest's "postgres" project sets LEEWAY_TEST_DB to
 * postgres (when TEST_DATABASE_URL is given): each call then creates its own database on that server
 * and drops it on close. Otherwise it is an in-memory PGlite, cloned from a migrated template so the
 * migrations run once per worker rather than once per test file.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (process.env.LEEWAY_TEST_DB === 'postgres') return createPostgresDatabase();
  const template = await pgliteTemplate();
  return openDatabase({ kind: 'pglite', loadDataDir: template });
}

export function testDialect(): 'postgres' | 'pglite' {
  return process.env.LEEWAY_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

let template: Promise<Blob> | undefined;

function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const handle = await openDatabase({ kind: 'pglite' });
    await migrateToLatest(handle.db);
    const dump = await handle.pglite!.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return template;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('LEEWAY_TEST_DB=postgres needs TEST_DATABASE_URL');
  return url;
}

/** A new database on the TEST_DATABASE_URL server; the name is returned so a test can open more pools. */
export async function createPostgresDatabase(): Promise<DatabaseHandle & { url: string }> {
  const base = new URL(adminUrl());
  const name = `leeway_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 20 });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: base.toString() });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
