import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export async function discardDraftPolicy(options: {
  db: Db;
  organizationId: string;
}): Promise<void> {
  const result = await options.db
    .deleteFrom('authorityPolicies')
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (result.numDeletedRows === 0n) throw AppError.notFound('Draft policy');
}
