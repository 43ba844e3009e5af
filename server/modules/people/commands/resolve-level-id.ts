import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/** Level, team and manager given by a caller, each checked to belong to the same organization. */
export async function resolveLevelId(
  db: Db,
  organizationId: string,
  levelKey: string,
): Promise<string> {
  const level = await db
    .selectFrom('authorityLevels')
    .select('id')
    .where('organizationId', '=', organizationId)
    .where('key', '=', levelKey)
    .executeTakeFirst();
  if (!level)
    throw AppError.invalid('levelKey', `no authority level "${levelKey}" in this organization`);
  return level.id;
}
