import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { DatabaseHandle } from '../../../db/database.ts';
import { importProgress } from '../queries/import-progress.ts';
import { checkImportFile, importKinds } from '../staging/run-import.ts';
import type { ImportKind, ImportRecord } from '../tables.ts';

export type CreateImportOptions = {
  database: DatabaseHandle;
  organizationId: string;
  kind: ImportKind;
  fileName: string;
  /** The file's bytes as they arrive (an upload, or a local file for the CLI): written to disk, never held. */
  source: Readable;
  /** Where files wait between their dry run and their apply. */
  uploadDir: string;
  actorId: string | null;
  now: Date;
  onProgress?: (rowsRead: number) => void;
};

/**
 * Keeps the file and runs it as a dry run: what would be created, changed and left alone, and every
 * bad row. Nothing reaches the people, customers or orders; the import's row keeps the report.
 */
export async function createImport(options: CreateImportOptions): Promise<ImportRecord> {
  const id = randomUUID();
  await fs.promises.mkdir(options.uploadDir, { recursive: true });
  const filePath = path.join(options.uploadDir, `${id}.csv`);
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await pipeline(
      options.source,
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          bytes += chunk.length;
          done(null, chunk);
        },
      }),
      fs.createWriteStream(filePath, { mode: 0o600 }),
    );
    let record: ImportRecord | undefined;
    await checkImportFile({
      database: options.database,
      organizationId: options.organizationId,
      kind: options.kind,
      importId: id,
      filePath,
      actorId: options.actorId,
      now: options.now,
      onProgress: (rows) => {
        importProgress.set(id, 'checking', rows);
        options.onProgress?.(rows);
      },
      record: async (trx, report) => {
        record = await trx
          .insertInto('imports')
          .values({
            id,
            organizationId: options.organizationId,
            kind: options.kind,
            fileName: options.fileName,
            filePath,
            fileSha256: hash.digest('hex'),
            fileBytes: bytes,
            rows: report.rows,
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            errorCount: report.errorCount,
            errors: JSON.stringify(report.errors),
            createdBy: options.actorId,
            createdAt: options.now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      },
    });
    // Customers and orders wait staged in the database; only a kind the apply reads again keeps its file.
    if (importKinds[options.kind].keepsRows) await fs.promises.rm(filePath, { force: true });
    return record!;
  } catch (error) {
    await fs.promises.rm(filePath, { force: true });
    throw error;
  } finally {
    importProgress.clear(id);
  }
}
