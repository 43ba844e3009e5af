import { sql } from 'kysely';

import type { PolicyDocument } from '../../../../domain/authority/policy.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { findPublishedPolicy } from '../../authority/queries/find-published-policy.ts';

/** Per resolution type, the certifications the policy names for it: certified tiers and required ones. */
export function certificationsByType(policy: PolicyDocument) {
  return policy.resolutionTypes.flatMap((type) => {
    const keys = new Set<string>();
    for (const rule of policy.rules) {
      if (rule.type !== type.key) continue;
      if (rule.certified) keys.add(rule.certified.certification);
      if (rule.requiredCertification) keys.add(rule.requiredCertification);
    }
    return keys.size === 0
      ? []
      : [{ type: type.key, typeName: type.label, certifications: [...keys].sort() }];
  });
}

/**
 * The share of active people (of one team, or all) holding, now, a certification the policy in
 * force names for each type; "holding" is what a decision reads (held_certifications: in force,
 * or expired within the organization's grace).
 */
export async function certificationCoverage(options: {
  db: Db;
  organizationId: string;
  now: Date;
  team?: string | undefined;
}) {
  let policy: PolicyDocument;
  try {
    policy = (await findPublishedPolicy(options)).policy;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return [];
    throw error;
  }
  const types = certificationsByType(policy);
  if (types.length === 0) return [];
  const result = await sql<{ type: string; people: number; holders: number }>`
    with held as (
      select held_certifications(p.id, p.certifications, ${options.now.toISOString()}::timestamptz) as keys
      from people p
      where p.organization_id = ${options.organizationId}::uuid and p.active
        ${options.team ? sql`and p.team_id = ${options.team}::uuid` : sql``}
    )
    select v.x ->> 'type' as type, count(held.keys)::int as people,
      count(held.keys) filter (
        where held.keys ?| array(select jsonb_array_elements_text(v.x -> 'certifications'))
      )::int as holders
    from jsonb_array_elements(${JSON.stringify(types)}::jsonb) as v(x)
    left join held on true
    group by v.x ->> 'type'`.execute(options.db);
  const counts = new Map(result.rows.map((row) => [row.type, row]));
  return types.map((t) => {
    const row = counts.get(t.type);
    const people = row?.people ?? 0;
    const holders = row?.holders ?? 0;
    return { ...t, people, holders, share: people === 0 ? null : holders / people };
  });
}
