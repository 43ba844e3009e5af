import fs from 'node:fs';
import path from 'node:path';

import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { stageTableOf } from '../../imports/staging/run-import.ts';

export type ExpireDryRunsOptions = {
  db: Db;
  now: Date;
  /** A dry run this many hours old, never applied, expires. */
  retentionHours: number;
  /** This instance's upload folder: files no waiting dry run names, this old, are left-overs. */
  uploadDir: string;
};

export type ExpireDryRunsResult = { expired: number; filesRemoved: number };

const UPLOAD_NAME = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.csv$/;

/**
 * Expires the dry runs nobody applied in time: drops each one's staging table, marks it `expired`
 * (the import's row stays as the record of the upload; its apply is then refused) and removes its
 * file, one import per transaction. An import being applied holds its row FOR UPDATE for the whole
 * apply, so SKIP LOCKED passes it over, as it does one another instance is expiring.
 * Then the upload folder's files that no waiting dry run names (a dry run killed half-way, one
 * expired by an instance without this folder) go too, once as old as the retention.
 */
export async function expireDryRuns(options: ExpireDryRunsOptions): Promise<ExpireDryRunsResult> {
  const before = new Date(options.now.getTime() - options.retentionHours * 3_600_000);
  let expired = 0;
  let filesRemoved = 0;
  for (;;) {
    const filePath = await expireOne(options.db, before, options.now);
    if (filePath === undefined) break;
    expired++;
    if (await removeFile(filePath)) filesRemoved++;
  }
  filesRemoved += await removeLeftOverFiles(options.db, options.uploadDir, before);
  return { expired, filesRemoved };
}

/** The oldest expirable dry run, expired in its own transaction; its file's path, or undefined when none is left. */
function expireOne(db: Db, before: Date, now: Date): Promise<string | undefined> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('imports')
      .select(['id', 'filePath'])
      .where('status', '=', 'dry_run')
      .where('createdAt', '<', before)
      .orderBy('createdAt')
      .limit(1)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) return undefined;
    await sql`drop table if exists ${sql.raw(stageTableOf(row.id))}`.execute(trx);
    await trx
      .updateTable('imports')
      .set({ status: 'expired', expiredAt: now })
      .where('id', '=', row.id)
      .execute();
    return row.filePath;
  });
}

async function removeLeftOverFiles(db: Db, uploadDir: string, before: Date): Promise<number> {
  const names = await fs.promises.readdir(uploadDir).catch(() => [] as string[]);
  const old: Array<{ id: string; file: string }> = [];
  for (const name of names) {
    const id = UPLOAD_NAME.exec(name)?.[1];
    const file = path.join(uploadDir, name);
    if (id && (await modifiedBefore(file, before))) old.push({ id, file });
  }
  if (old.length === 0) return 0;
  const waiting = await db
    .selectFrom('imports')
    .select('id')
    .where('status', '=', 'dry_run')
    .where(
      'id',
      'in',
      old.map((f) => f.id),
    )
    .execute();
  const keep = new Set(waiting.map((row) => row.id));
  let removed = 0;
  for (const { id, file } of old) if (!keep.has(id) && (await removeFile(file))) removed++;
  return removed;
}

async function modifiedBefore(file: string, before: Date): Promise<boolean> {
  const stat = await fs.promises.stat(file).catch(() => undefined);
  return stat !== undefined && stat.mtime < before;
}

async function removeFile(file: string): Promise<boolean> {
  try {
    await fs.promises.rm(file);
    return true;
  } catch {
    return false;
  }
}
