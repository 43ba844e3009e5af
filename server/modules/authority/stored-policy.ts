import { policyDocumentSchema, type AuthorityPolicy } from '../../../domain/authority/policy.ts';

export type StoredPolicy = {
  id: string;
  version: number;
  status: 'draft' | 'published';
  note: string;
  policy: AuthorityPolicy;
  publishedAt: Date | null;
  publishedBy: string | null;
  updatedAt: Date;
  /** A draft waiting for a second admin because publishing it raises its publisher's own authority. */
  publishRequest: { by: string; at: Date; note: string } | null;
  /** Published by someone whose own authority it raised, with no second admin to agree. */
  selfAffecting: boolean;
};

type PolicyRow = {
  id: string;
  version: number;
  status: 'draft' | 'published';
  note: string;
  document: unknown;
  publishedAt: Date | null;
  publishedBy: string | null;
  updatedAt: Date;
  publishRequestedBy: string | null;
  publishRequestedAt: Date | null;
  publishRequestNote: string | null;
  selfAffecting: boolean;
};

export function toStored(row: PolicyRow): StoredPolicy {
  const document = policyDocumentSchema.parse(row.document);
  const publishRequest =
    row.publishRequestedBy && row.publishRequestedAt
      ? {
          by: row.publishRequestedBy,
          at: row.publishRequestedAt,
          note: row.publishRequestNote ?? '',
        }
      : null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    note: row.note,
    policy: { ...document, version: row.version },
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    updatedAt: row.updatedAt,
    publishRequest,
    selfAffecting: row.selfAffecting,
  };
}

export const storedPolicyColumns = [
  'id',
  'version',
  'status',
  'note',
  'document',
  'publishedAt',
  'publishedBy',
  'updatedAt',
  'publishRequestedBy',
  'publishRequestedAt',
  'publishRequestNote',
  'selfAffecting',
] as const;
