import { z } from 'zod';

const levelInfo = z.object({ key: z.string(), name: z.string(), rank: z.number().int() });

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
    conditions: z.array(z.object({ id: z.string(), description: z.string(), kind: z.enum(['eligibility', 'certification', 'hard_rule']), passed: z.boolean() })),
    reasons: z.array(z.string()),
    reasonsForApprover: z.array(z.string()).optional().describe('The same reasons as an approver reads them, about the rep rather than to them (absent on decisions recorded before it existed)'),
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
  })
  .meta({ id: 'Allowance' });

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD');
export const amountMinor = z.number().int('must be a whole number of minor units (cents)').min(0, 'must not be negative').max(1e13);

export const checkBody = z.object({
  customerId: z.uuid(),
  type: z.string().min(1).max(40),
  amount: amountMinor.describe('Minor units (cents for USD)'),
  currency: currencyCode,
  contactId: z.uuid().optional(),
  orderId: z.uuid().optional(),
});

export const policyDocumentJson = z.record(z.string(), z.unknown()).meta({ id: 'PolicyDocument', description: 'See domain/authority/policy.ts' });

export const storedPolicySchema = z
  .object({
    version: z.number().int(),
    status: z.enum(['draft', 'published']),
    note: z.string(),
    publishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    document: policyDocumentJson,
  })
  .meta({ id: 'StoredPolicy' });

export const policyIssueSchema = z.object({ path: z.string(), message: z.string(), level: z.string().optional(), type: z.string().optional(), field: z.string().optional() });

/** What is already used, so the browser can run the same engine as the rep types. */
export const usageSchema = z
  .object({
    contactTotalMinor: z.number().int(),
    byType: z.record(z.string(), z.object({ personDayMinor: z.number().int(), personMonthMinor: z.number().int(), customerWindowMinor: z.number().int() })),
  })
  .meta({ id: 'Usage' });
