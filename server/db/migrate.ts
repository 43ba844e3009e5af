import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';

import type { Db } from './database.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Migration files are named `YYYYMMDDHHMMSS-what-it-does.ts`; the timestamp orders them. */
export const migrationFileName = /^(\d{14})-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/;

export async function listMigrationFiles(): Promise<string[]> {
  const files = (await fs.readdir(migrationsDir)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  );
  const misnamed = files.filter((f) => !migrationFileName.test(f));
  if (misnamed.length > 0)
    throw new Error(`Migration files must be named YYYYMMDDHHMMSS-name.ts: ${misnamed.join(', ')}`);
  return files.sort();
}

const provider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const file of await listMigrationFiles()) {
      const module = (await import(
        pathToFileURL(path.join(migrationsDir, file)).href
      )) as Migration;
      migrations[file.replace(/\.ts$/, '')] = module;
    }
    return migrations;
  },
};

function migrator(db: Db) {
  // Kysely refuses to run a migration older than the last one applied (allowUnorderedMigrations is off).
  return new Migrator({ db, provider });
}

export type MigrationReport = { applied: string[]; pending: string[] };

function unwrap({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `Migration ${failed.migrationName} failed: ${cause}` : cause);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function migrateToLatest(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateToLatest());
}

export async function migrateDown(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateDown());
}

export async function migrationStatus(db: Db): Promise<MigrationReport> {
  const all = await migrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt).map((m) => m.name),
    pending: all.filter((m) => !m.executedAt).map((m) => m.name),
  };
}
