import type { z } from 'zod';

import type { StoredPolicy } from './queries/find-policy.ts';
import type { storedPolicySchema } from './schemas.ts';

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
