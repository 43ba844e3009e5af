import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/**
 * The people an applied people import named. Another organization's import is not found; a dry run
 * or an import of customers or orders brought nobody in.
 */
export async function importedPeople(options: {
  db: Db;
  organizationId: string;
  importId: string;
}): Promise<string[]> {
  const found = await options.db
    .selectFrom('imports')
    .select(['kind', 'status'])
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.importId)
    .executeTakeFirst();
  if (!found) throw AppError.notFound('Import');
  if (found.kind !== 'people')
    throw new AppError('conflict', `This import brought in ${found.kind}, not people`);
  if (found.status !== 'applied')
    throw new AppError('conflict', 'Apply this import before inviting the people it brings in');
  const rows = await options.db
    .selectFrom('importPeople')
    .select('personId')
    .where('importId', '=', options.importId)
    .orderBy('personId')
    .execute();
  return rows.map((row) => row.personId);
}
