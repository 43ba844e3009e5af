import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { findResolutions } from './find-resolutions.ts';
import { type ResolutionRow } from './select-resolutions.ts';

export async function findResolution(options: {
  db: Db;
  organizationId: string;
  resolutionId: string;
}): Promise<ResolutionRow> {
  const row = (
    await findResolutions({
      db: options.db,
      organizationId: options.organizationId,
      resolutionIds: [options.resolutionId],
    })
  ).get(options.resolutionId);
  if (!row) throw AppError.notFound('Resolution');
  return row;
}
