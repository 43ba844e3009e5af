import { compilePolicy, type CompiledPolicy } from '../../../../domain/authority/compile.ts';
import { policyDocumentSchema, type AuthorityPolicy } from '../../../../domain/authority/policy.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

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

// Published versions never change, so their compiled form is kept by row id (bounded, oldest out first).
const compiled = new Map<string, CompiledPolicy>();
const CACHE_SIZE = 200;

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

function toStored(row: PolicyRow): StoredPolicy {
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

const columns = [
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

export async function findPublishedPolicy(options: {
  db: Db;
  organizationId: string;
  version?: number;
}): Promise<StoredPolicy> {
  let query = options.db
    .selectFrom('authorityPolicies')
    .select(columns)
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

export async function findDraftPolicy(options: {
  db: Db;
  organizationId: string;
}): Promise<StoredPolicy | null> {
  const row = await options.db
    .selectFrom('authorityPolicies')
    .select(columns)
    .where('organizationId', '=', options.organizationId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return row ? toStored(row) : null;
}

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
    .select(columns)
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.policyId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Policy');
  const result = compilePolicy(toStored(row).policy);
  if (compiled.size >= CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
  compiled.set(options.policyId, result);
  return result;
}

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
