import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import type { PolicyIssue } from '../../../domain/authority/validate.ts';

// Shapes of the authority policy endpoints (server/modules/authority/schemas.ts).

/** One stored version of the policy; the server parsed the document with the domain schema. */
export type StoredPolicy = {
  version: number;
  status: 'draft' | 'published';
  note: string;
  publishedAt: string | null;
  updatedAt: string;
  document: PolicyDocument;
};

export type PolicyVersion = {
  version: number;
  status: 'draft' | 'published';
  note: string;
  publishedAt: string | null;
  publishedBy: string | null;
};

export type DraftResponse = { draft: StoredPolicy | null; issues: PolicyIssue[] };

/** Rule fields that hold money and may be left empty for "no limit" (per incident may not). */
export type LimitField = 'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor';
