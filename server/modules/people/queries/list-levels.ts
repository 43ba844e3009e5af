import type { Db } from '../../../db/database.ts';

export function listLevels(options: { db: Db; organizationId: string }) {
  return options.db
    .selectFrom('authorityLevels')
    .selectAll()
    .where('organizationId', '=', options.organizationId)
    .orderBy('rank')
    .execute();
}
