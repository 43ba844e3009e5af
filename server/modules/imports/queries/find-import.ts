import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { ImportRecord } from '../tables.ts';

export type FindImportOptions = { db: Db; organizationId: string; importId: string };

export async function findImport({
  db,
  organizationId,
  importId,
}: FindImportOptions): Promise<ImportRecord> {
  const row = await db
    .selectFrom('imports')
    .selectAll()
    .where('organizationId', '=', organizationId)
    .where('id', '=', importId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Import');
  return row;
}
