import type { Db } from '../../../db/database.ts';
import { storedPolicyColumns, toStored, type StoredPolicy } from '../stored-policy.ts';

export async function findDraftPolicy(options: {
  db: Db;
  organizationId: string;
}): Promise<StoredPolicy | null> {
  const row = await options.db
    .selectFrom('authorityPolicies')
    .select(storedPolicyColumns)
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row ? toStored(row) : null;
}
