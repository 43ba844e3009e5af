import type { Db } from '../../../db/database.ts';
import { keyset, pageOf } from '../../../db/keyset.ts';

/** Newest first: a version number is given once and never changes. */
const keys = keyset('policy-versions', ['int']);

export async function listPolicyVersions(options: {
  db: Db;
  organizationId: string;
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = options.db
    .selectFrom('authorityPolicies')
    .leftJoin('people', 'people.id', 'authorityPolicies.publishedBy')
    .leftJoin('people as approver', 'approver.id', 'authorityPolicies.approvedBy')
    .select([
      'authorityPolicies.version',
      'authorityPolicies.status',
      'authorityPolicies.note',
      'authorityPolicies.publishedAt',
      'authorityPolicies.selfAffecting',
      'people.name as publishedByName',
      'approver.name as approvedByName',
    ])
    .where('authorityPolicies.organizationId', '=', options.organizationId);
  if (after) query = query.where('authorityPolicies.version', '<', after[0]);
  const rows = await query
    .orderBy('authorityPolicies.version', 'desc')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.version]));
}
