import type { Db } from '../../../db/database.ts';

export async function listPolicyVersions(options: { db: Db; organizationId: string }) {
  return options.db
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
    .where('authorityPolicies.organizationId', '=', options.organizationId)
    .orderBy('authorityPolicies.version', 'desc')
    .execute();
}
