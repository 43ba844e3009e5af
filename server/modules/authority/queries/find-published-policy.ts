import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { storedPolicyColumns, toStored, type StoredPolicy } from '../stored-policy.ts';

export async function findPublishedPolicy(options: {
  db: Db;
  organizationId: string;
  version?: number;
}): Promise<StoredPolicy> {
  let query = options.db
    .selectFrom('authorityPolicies')
    .select(storedPolicyColumns)
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'published');
  query =
    options.version === undefined
      ? query.orderBy('version', 'desc').limit(1)
      : query.where('version', '=', options.version);
  const row = await query.executeTakeFirst();
  if (!row)
    throw AppError.notFound(
      options.version === undefined
        ? 'A published authority policy'
        : `Policy version ${options.version}`,
    );
  return toStored(row);
}
