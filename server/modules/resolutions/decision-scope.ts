import { sql, type RawBuilder } from 'kysely';

import type { CompiledPolicy } from '../../../domain/authority/compile.ts';
import { usageWindows, type UsageWindows } from '../authority/usage-windows.ts';

// A batch of decisions reads everything it needs in one call to the database function
// `read_decision_inputs` (migration 20261201090000), because under load every round trip to
// PostgreSQL costs a millisecond or more. `record_decisions` checks the versions of the same rows
// before it writes, so the rows are named by one value (`DecisionScope`) that both calls take.

/** Whose rows a batch reads, when, and the customer windows of the policy in force (null before it is known). */
export type DecisionScope = {
  organizationId: string;
  personIds: string[];
  contactIds: string[];
  keys: Array<{ personId: string; idempotencyKey: string }>;
  orderIds: string[];
  now: Date;
  windows: UsageWindows | null;
};

export const idempotencyKeyOf = (personId: string, idempotencyKey: string) =>
  `${personId} ${idempotencyKey}`;

/** The scope under a policy: the windows each type's customer usage is counted over. */
export function scopeWithWindows(
  scope: Omit<DecisionScope, 'windows'>,
  cp: CompiledPolicy,
): DecisionScope {
  return { ...scope, windows: usageWindows(cp, scope.now) };
}

/** The rows whose versions `record_decisions` checks, as its first four arguments (those of `decision_versions`). */
export function versionedRowsArguments(scope: DecisionScope): RawBuilder<unknown> {
  return sql`${scope.organizationId}::uuid, ${scope.personIds}::uuid[], ${scope.contactIds}::uuid[], ${scope.orderIds}::uuid[]`;
}
