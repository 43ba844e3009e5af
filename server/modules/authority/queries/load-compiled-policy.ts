import { type CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicyById } from './load-compiled-policy-by-id.ts';

/** The organization's current policy, compiled for decisions. */
export async function loadCompiledPolicy(options: {
  db: Db;
  organizationId: string;
}): Promise<CompiledPolicy> {
  const row = await options.db
    .selectFrom('authorityPolicies')
    .select(['id'])
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row)
    throw new AppError(
      'conflict',
      'This organization has no published authority policy yet; an admin must publish one',
    );
  return loadCompiledPolicyById({ ...options, policyId: row.id });
}
