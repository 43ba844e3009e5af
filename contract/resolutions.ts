import { z } from 'zod';

import { approvalCoreFields } from './approvals.ts';
import { decisionSchema } from './authority.ts';
import { exportFormatQuery } from './export-format.ts';
import {
  amountMinor,
  currencyCode,
  nextCursorSchema,
  pageQuery,
  personRefSchema,
} from './shared.ts';

const personRef = personRefSchema;

export const receiptSchema = z
  .object({
    policyVersion: z.number().int(),
    limitMinor: z.number().int(),
    limitKind: z.string(),
    level: z.string(),
    text: z.string(),
    ledgerSeq: z.number().int().nullable(),
    ledgerHash: z.string().nullable(),
  })
  .meta({
    id: 'CoveredReceipt',
    description:
      "Proof that a decision was within the rep's authority under a published policy version",
  });

export const approvalSummarySchema = z
  .object({ ...approvalCoreFields, decidedBy: personRef.nullable() })
  .meta({ id: 'ApprovalSummary' });

export const resolutionSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    customerId: z.uuid(),
    requestedBy: personRef,
    type: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    reason: z.string(),
    status: z.enum(['granted', 'pending_approval', 'denied', 'cancelled']),
    grantedAmountMinor: z.number().int().nullable(),
    withinAuthority: z.boolean(),
    decision: decisionSchema,
    receipt: receiptSchema.optional(),
    approval: approvalSummarySchema.optional(),
    /** Said kindly to a rep who asked for approval on something they could decide alone. */
    notice: z.string().optional(),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Resolution' });

export const requestResolutionBody = z.object({
  type: z.string().min(1).max(40),
  amount: amountMinor.describe(
    'Minor units (cents for USD); for a fixed-cost type, its fixed cost',
  ),
  currency: currencyCode,
  reason: z.string().trim().max(2000).default(''),
  idempotencyKey: z.string().min(8, 'must be at least 8 characters (a UUID is ideal)').max(100),
  orderId: z.uuid().optional(),
  /** Ask for approval even when the decision is within the rep's own authority. */
  requestApproval: z.boolean().default(false),
});

export const resolutionResponse = z.object({ resolution: resolutionSchema });

export const resolutionStatusSchema = z.enum([
  'granted',
  'pending_approval',
  'denied',
  'cancelled',
]);

/** GET /api/resolutions: the organization's requests, oldest first, filtered; a JSON page or an export. */
export const resolutionsQuery = z.object({
  from: z.iso.datetime().optional().describe('Requested at or after this instant'),
  to: z.iso.datetime().optional().describe('Requested before this instant'),
  status: resolutionStatusSchema.optional(),
  type: z.string().min(1).max(40).optional(),
  personId: z.uuid().optional().describe('Requested by this person'),
  ...exportFormatQuery,
  ...pageQuery(500, 100),
});

export const resolutionsResponse = z.object({
  resolutions: z.array(resolutionSchema),
  nextCursor: nextCursorSchema,
});

export const resolutionEvents = {
  /** A resolution within the rep's own authority was granted (their "you are covered" receipt is ready). */
  'resolution.granted': z.strictObject({ resolutionId: z.uuid() }),
} as const;
