import { z } from 'zod';

import { amountMinor, currencyCode, nextCursorSchema, pageQuery } from './shared.ts';

export const levelInfo = z.object({ key: z.string(), name: z.string(), rank: z.number().int() });

export const appliedLimitSchema = z.object({
  kind: z.enum(['per_incident', 'per_customer', 'per_day', 'per_month', 'per_contact']),
  limitMinor: z.number().int(),
  usedMinor: z.number().int(),
  remainingMinor: z.number().int(),
  exceeded: z.boolean(),
  source: z.enum(['level', 'value_scaled', 'override']),
});

export const decisionSchema = z
  .object({
    outcome: z.enum(['within_authority', 'needs_approval', 'not_allowed']),
    policyVersion: z.number().int(),
    type: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    level: levelInfo.nullable(),
    requiredLevel: levelInfo.nullable(),
    limits: z.array(appliedLimitSchema),
    conditions: z.array(
      z.object({
        id: z.string(),
        description: z.string(),
        kind: z.enum(['eligibility', 'certification', 'hard_rule']),
        passed: z.boolean(),
      }),
    ),
    reasons: z.array(z.string()),
    reasonsForApprover: z
      .array(z.string())
      .optional()
      .describe(
        'The same reasons as an approver reads them, about the rep rather than to them (absent on decisions recorded before it existed)',
      ),
  })
  .meta({ id: 'Decision' });

export const allowanceSchema = z
  .object({
    type: z.string(),
    label: z.string(),
    guidelines: z.string(),
    reasonRequired: z.boolean(),
    fixedAmountMinor: z.number().int().nullable(),
    maxWithinAuthorityMinor: z.number().int(),
    limits: z.array(appliedLimitSchema),
    blockedBy: z.array(z.string()),
    /** What a certificate raises this type's limit to at the person's level (issue 14). */
    unlocks: z.array(
      z.object({
        certification: z.string(),
        perIncidentMinor: z.number().int(),
        held: z.boolean(),
        line: z.string(),
      }),
    ),
  })
  .meta({ id: 'Allowance' });

/** A published version, as a query parameter: versions are PostgreSQL integers (int4). */
export const policyVersionQuery = z.coerce
  .number()
  .min(1, 'must be at least 1')
  .max(2_147_483_647, 'must be at most 2147483647')
  .int('must be a whole number');

export const checkBody = z.object({
  customerId: z.uuid(),
  type: z.string().min(1).max(40),
  amount: amountMinor.describe('Minor units (cents for USD)'),
  currency: currencyCode,
  contactId: z.uuid().optional(),
  orderId: z.uuid().optional(),
});

export const policyDocumentJson = z
  .record(z.string(), z.unknown())
  .meta({ id: 'PolicyDocument', description: 'See domain/authority/policy.ts' });

export const storedPolicySchema = z
  .object({
    version: z.number().int(),
    status: z.enum(['draft', 'published']),
    note: z.string(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    document: policyDocumentJson,
    /** Publishing this draft raises its publisher's own authority, so it waits for a second admin. */
    publishRequest: z.object({ by: z.uuid(), at: z.iso.datetime(), note: z.string() }).nullable(),
    /** Published by someone whose own authority it raised, with no second admin in the organization. */
    selfAffecting: z.boolean(),
  })
  .meta({ id: 'StoredPolicy' });

export const policyIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  level: z.string().optional(),
  type: z.string().optional(),
  field: z.string().optional(),
});

/** What is already used, so the browser can run the same engine as the rep types. */
export const usageSchema = z
  .object({
    contactTotalMinor: z.number().int(),
    byType: z.record(
      z.string(),
      z.object({
        personDayMinor: z.number().int(),
        personMonthMinor: z.number().int(),
        customerWindowMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Usage' });

export const myAuthorityQuery = z.object({ customerId: z.uuid(), contactId: z.uuid().optional() });

/** What the caller may still do on their own for one customer, per resolution type. */
export const myAuthoritySchema = z.object({
  policyVersion: z.number().int(),
  level: levelInfo.nullable(),
  certifications: z
    .array(z.string())
    .describe('The certification keys I hold now, as the engine reads them'),
  lapsedCertifications: z
    .array(z.object({ key: z.string(), expiredAt: z.iso.datetime() }))
    .describe(
      'Certificates I held that ran out (past the grace) and were not renewed, so the preview says when',
    ),
  usage: usageSchema,
  allowances: z.array(allowanceSchema),
});

export const decisionResponse = z.object({ decision: decisionSchema });

export const policyQuery = z.object({ version: policyVersionQuery.optional() });
export const policyResponse = z.object({ policy: storedPolicySchema });

export const policyVersionSchema = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  note: z.string(),
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: z.string().nullable(),
  approvedBy: z
    .string()
    .nullable()
    .describe("The second admin who agreed, when the version raised its publisher's own authority"),
  selfAffecting: z
    .boolean()
    .describe("It raised its publisher's own authority and no second admin could agree"),
});
export const policyVersionsQuery = z.object({ ...pageQuery(200, 100) });

export const policyVersionsResponse = z.object({
  versions: z.array(policyVersionSchema),
  nextCursor: nextCursorSchema,
});

export const cedarExportQuery = z.object({
  version: policyVersionQuery.optional(),
  draft: z.enum(['true', 'false']).optional(),
});

/** The draft being edited (none yet: null) with its problems. */
export const draftResponse = z.object({
  draft: storedPolicySchema.nullable(),
  issues: z.array(policyIssueSchema),
});

export const saveDraftBody = z.object({
  document: policyDocumentJson,
  baseUpdatedAt: z.iso
    .datetime()
    .optional()
    .describe('The draft updatedAt you started from; a newer save by someone else answers 409'),
});
export const savedDraftResponse = z.object({
  draft: storedPolicySchema,
  issues: z.array(policyIssueSchema),
});

export const publishBody = z.object({
  note: z.string().trim().min(1, 'say what changed and why').max(500),
  draftUpdatedAt: z.iso
    .datetime()
    .optional()
    .describe(
      "The draft's updatedAt as you saw it: a draft changed since answers 409. Needed to agree to another admin's request",
    ),
});

/** What a publish did: published, or held for a second admin because it raises the publisher's own authority. */
export const publishOutcomeSchema = z.object({
  version: z.number().int(),
  status: z.enum(['published', 'awaiting_second_admin']),
  raises: z
    .array(z.string())
    .describe('What it lets the publisher decide that the policy in force does not'),
});

export const policyEvents = {
  /** A new authority policy version is in force: open screens refetch it (the rep's live preview, the admin's grid). */
  'policy.published': z.strictObject({ version: z.number().int().positive() }),
  /** Another admin asked to publish a draft that raises their own authority: it needs this admin's agreement. */
  'policy.publish_requested': z.strictObject({ version: z.number().int().positive() }),
} as const;
