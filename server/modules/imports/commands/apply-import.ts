import fs from 'node:fs';

import type { DatabaseHandle } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { findImport } from '../queries/find-import.ts';
import { importProgress } from '../queries/import-progress.ts';
import { applyImportRows, importKinds } from '../staging/run-import.ts';
import type { ImportRecord } from '../tables.ts';

export type ApplyImportOptions = {
  database: DatabaseHandle;
  organizationId: string;
  importId: string;
  actorId: string | null;
  now: Date;
  onProgress?: (rowsRead: number) => void;
};

/**
 * Applies a dry run that found nothing wrong: its rows are checked again (the organization may have
 * changed since) and written in one transaction with the import's own row and one ledger entry, so
 * it applies whole or not at all. Two applies at once take turns on the import's row;
 * the second finds it applied.
 */
export async function applyImport(options: ApplyImportOptions): Promise<ImportRecord> {
  const { database, organizationId, importId } = options;
  const record = await findImport({ db: database.db, organizationId, importId });
  refuseUnlessReady(record);
  const keepsRows = importKinds[record.kind].keepsRows;
  if (!keepsRows && !fs.existsSync(record.filePath))
    throw new AppError(
      'conflict',
      'The uploaded file is no longer on this server: upload it again',
    );
  try {
    const { report, applied } = await applyImportRows({
      database,
      organizationId,
      kind: record.kind,
      importId,
      filePath: record.filePath,
      stagedRows: record.rows,
      actorId: options.actorId,
      now: options.now,
      onProgress: (rows) => {
        importProgress.set(importId, 'applying', rows);
        options.onProgress?.(rows);
      },
      async begin(trx) {
        const locked = await trx
          .selectFrom('imports')
          .selectAll()
          .where('organizationId', '=', organizationId)
          .where('id', '=', importId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        refuseUnlessReady(locked);
      },
      async applied(trx, counts) {
        await trx
          .updateTable('imports')
          .set({
            status: 'applied',
            rows: counts.rows,
            created: counts.created,
            updated: counts.updated,
            unchanged: counts.unchanged,
            errorCount: 0,
            errors: '[]',
            appliedAt: options.now,
            appliedBy: options.actorId,
          })
          .where('id', '=', importId)
          .execute();
        // One entry per import: customers and orders are not ledger acts one at a time either; the
        // people it adds or re-ranks have their own entries, as when an admin does it by hand.
        await appendLedgerEntries(trx, organizationId, [
          {
            kind: 'import.applied',
            at: options.now,
            actorId: options.actorId,
            data: {
              importId,
              kind: record.kind,
              fileName: record.fileName,
              fileSha256: record.fileSha256,
              rows: counts.rows,
              created: counts.created,
              updated: counts.updated,
              unchanged: counts.unchanged,
            },
          },
        ]);
      },
    });
    if (!applied) {
      await database.db
        .updateTable('imports')
        .set({
          rows: report.rows,
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          errorCount: report.errorCount,
          errors: JSON.stringify(report.errors),
        })
        .where('id', '=', importId)
        .where('status', '=', 'dry_run')
        .execute();
      throw new AppError(
        'conflict',
        `${report.errorCount} rows no longer pass (the organization changed since the dry run); nothing was applied`,
      );
    }
  } finally {
    importProgress.clear(importId);
  }
  await fs.promises.rm(record.filePath, { force: true });
  return findImport({ db: database.db, organizationId, importId });
}

function refuseUnlessReady(record: ImportRecord): void {
  if (record.status === 'applied') throw new AppError('conflict', 'This import is applied already');
  if (record.status === 'expired')
    throw new AppError(
      'conflict',
      'This dry run expired unapplied and its rows were removed: upload the file again',
    );
  if (record.errorCount > 0)
    throw new AppError(
      'conflict',
      `This file has ${record.errorCount} bad rows: correct them and upload it again`,
    );
}
