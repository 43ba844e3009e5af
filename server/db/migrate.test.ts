import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestDatabase } from '../testing/test-database.ts';
import type { DatabaseHandle } from './database.ts';
import { listMigrationFiles, migrateDown, migrateToLatest, migrationStatus } from './migrate.ts';

describe('migrations', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('are timestamped files in order, with no timestamp used twice', async () => {
    const files = await listMigrationFiles();
    expect(files.length).toBeGreaterThan(0);
    const stamps = files.map((f) => f.slice(0, 14));
    expect(new Set(stamps).size).toBe(stamps.length);
    expect([...stamps].sort()).toEqual(stamps);
  });

  it('are all applied to a test database', async () => {
    const { pending, applied } = await migrationStatus(database.db);
    expect(pending).toEqual([]);
    expect(applied).toEqual((await listMigrationFiles()).map((f) => f.replace(/\.ts$/, '')));
  });

  it('roll back one by one to an empty schema and apply again', async () => {
    const count = (await listMigrationFiles()).length;
    for (let i = 0; i < count; i++) expect(await migrateDown(database.db)).toHaveLength(1);
    const tables = await sql<{
      n: number;
    }>`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(
      database.db,
    );
    expect(tables.rows[0]?.n).toBe(0);
    expect(await migrateToLatest(database.db)).toHaveLength(count);
  });
});
