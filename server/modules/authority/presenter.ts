import type { z } from 'zod';

import type { policyVersionSchema, storedPolicySchema } from '../../../contract/authority.ts';
import type { StoredPolicy } from './stored-policy.ts';

export function presentStoredPolicy(stored: StoredPolicy): z.infer<typeof storedPolicySchema> {
  const { version: _version, ...document } = stored.policy;
  return {
    version: stored.version,
    status: stored.status,
    note: stored.note,
    publishedAt: stored.publishedAt?.toISOString() ?? null,
    updatedAt: stored.updatedAt.toISOString(),
    document,
    publishRequest: stored.publishRequest && {
      by: stored.publishRequest.by,
      at: stored.publishRequest.at.toISOString(),
      note: stored.publishRequest.note,
    },
    selfAffecting: stored.selfAffecting,
  };
}

type PolicyVersionRow = {
  version: number;
  status: 'draft' | 'published';
  note: string;
  publishedAt: Date | null;
  publishedByName: string | null;
  approvedByName: string | null;
  selfAffecting: boolean;
};

export function presentPolicyVersion(row: PolicyVersionRow): z.infer<typeof policyVersionSchema> {
  return {
    version: row.version,
    status: row.status,
    note: row.note,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedByName,
    approvedBy: row.approvedByName,
    selfAffecting: row.selfAffecting,
  };
}
