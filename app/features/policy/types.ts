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
  /** Publishing this draft raises its publisher's own authority: it waits for a second admin. */
  publishRequest: { by: string; at: string; note: string } | null;
  /** It raised its publisher's own authority and no second admin could agree. */
  selfAffecting: boolean;
};

/** What a publish did: published, or held for a second admin because it raises the publisher's own authority. */
export type PublishOutcome = {
  version: number;
  status: 'published' | 'awaiting_second_admin';
  raises: string[];
};

export type PolicyVersion = {
  version: number;
  status: 'draft' | 'published';
  note: string;
  publishedAt: string | null;
  publishedBy: string | null;
  approvedBy: string | null;
  selfAffecting: boolean;
};

export type DraftResponse = { draft: StoredPolicy | null; issues: PolicyIssue[] };

/** Rule fields that hold money and may be left empty for "no limit" (per incident may not). */
export type LimitField = 'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor';
