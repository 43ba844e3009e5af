import type { Db } from '../../../db/database.ts';
import { selectResolutions, type ResolutionRow } from './select-resolutions.ts';

/** Many at once, by id (a batch of decisions answered together); ids not found are absent. */
export async function findResolutions(options: {
  db: Db;
  organizationId: string;
  resolutionIds: string[];
}): Promise<Map<string, ResolutionRow>> {
  if (options.resolutionIds.length === 0) return new Map();
  const rows = await selectResolutions(options.db, options.organizationId)
    .where('resolutions.id', '=', (eb) => eb.fn.any(eb.val(options.resolutionIds)))
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}
