// Shapes of the authority policy endpoints, derived from contract/authority.ts.
import type { z } from 'zod';

import type { policyVersionSchema, publishOutcomeSchema } from '../../../contract/authority.ts';
import type { PolicyIssue } from '../../../domain/authority/validate.ts';
import type { StoredPolicy } from '../../api/types.ts';

export type { StoredPolicy } from '../../api/types.ts';

/** What a publish did: published, or held for a second admin because it raises the publisher's own authority. */
export type PublishOutcome = z.infer<typeof publishOutcomeSchema>;

export type PolicyVersion = z.infer<typeof policyVersionSchema>;

export type DraftResponse = { draft: StoredPolicy | null; issues: PolicyIssue[] };

/** Rule fields that hold money and may be left empty for "no limit" (per incident may not). */
export type LimitField = 'perIncidentMinor' | 'perCustomerMinor' | 'perDayMinor' | 'perMonthMinor';
