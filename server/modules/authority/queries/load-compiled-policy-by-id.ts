import { compilePolicy, type CompiledPolicy } from '../../../../domain/authority/compile.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { storedPolicyColumns, toStored } from '../stored-policy.ts';

// Published versions never change, so their compiled form is kept by row id (bounded, oldest out first).
const compiled = new Map<string, CompiledPolicy>();

const CACHE_SIZE = 200;

/** A published version by row id, compiled; from the cache when it has been compiled before. */
export async function loadCompiledPolicyById(options: {
  db: Db;
  organizationId: string;
  policyId: string;
}): Promise<CompiledPolicy> {
  const cached = compiled.get(options.policyId);
  if (cached) return cached;
  const row = await options.db
    .selectFrom('authorityPolicies')
    .select(storedPolicyColumns)
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.policyId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Policy');
  const result = compilePolicy(toStored(row).policy);
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  compiled.set(options.policyId, result);
  return result;
}
