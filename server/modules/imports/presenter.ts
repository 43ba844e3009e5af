import type { z } from 'zod';

import type { importSchema } from '../../../contract/imports.ts';
import { importProgress } from './queries/import-progress.ts';
import type { ImportRecord } from './tables.ts';

export function presentImport(record: ImportRecord): z.infer<typeof importSchema> {
  const progress = importProgress.get(record.id);
  return {
    id: record.id,
    kind: record.kind,
    status:
      record.status === 'dry_run' && progress?.phase === 'applying' ? 'applying' : record.status,
    fileName: record.fileName,
    rows: record.rows,
    created: record.created,
    updated: record.updated,
    unchanged: record.unchanged,
    errorCount: record.errorCount,
    errors: record.errors,
    progress,
    createdAt: record.createdAt.toISOString(),
    appliedAt: record.appliedAt?.toISOString() ?? null,
  };
}
