import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export async function revokeApiToken(options: { db: Db; organizationId: string; tokenId: string; now: Date }): Promise<void> {
  const result = await options.db
    .updateTable('apiTokens')
    .set({ revokedAt: options.now })
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.tokenId)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw AppError.notFound('API token');
}
