import { z } from 'zod';

import {
  amountMinor,
  moneySchema,
  nextCursorSchema,
  pageQuery,
  personRefSchema,
} from './shared.ts';

const personRef = personRefSchema;

/** What every view of an approval shows: where it stands, at which level, and who has it. */
export const approvalCoreFields = {
  id: z.uuid(),
  status: z.enum(['pending', 'approved', 'reduced', 'denied', 'cancelled']),
  level: z.object({ key: z.string(), name: z.string(), rank: z.number().int() }),
  escalations: z.number().int(),
  createdAt: z.iso.datetime(),
  escalatesAt: z.iso.datetime().nullable(),
  claimedBy: personRef.nullable(),
  decidedAmountMinor: z.number().int().nullable(),
  note: z.string(),
};

export const approvalItemSchema = z
  .object({
    ...approvalCoreFields,
    decidedAt: z.iso.datetime().nullable(),
    routedToMe: z.boolean(),
    requester: personRef,
    /** Whether the customer may still be waiting: the channel and whether the contact is open. */
    contact: z.object({ channel: z.string(), open: z.boolean() }),
    resolution: z.object({
      id: z.uuid(),
      contactId: z.uuid(),
      type: z.string(),
      amountMinor: z.number().int(),
      currency: z.string(),
      reason: z.string(),
      reasons: z.array(z.string()),
    }),
    customer: z.object({
      id: z.uuid(),
      name: z.string(),
      segment: z.string(),
      lifetimeValue: moneySchema,
      flags: z.array(z.string()),
    }),
  })
  .meta({ id: 'ApprovalItem' });

export const approveBody = z.object({
  note: z.string().trim().max(1000).default(''),
  amount: amountMinor.optional().describe('Approve a lower amount than asked, in minor units'),
});

export const denyBody = z.object({ note: z.string().trim().min(1, 'tell the rep why').max(1000) });

export const approvalsQuery = z.object({
  status: z.enum(['pending', 'decided']).default('pending'),
  ...pageQuery(200, 100),
});

export const approvalsResponse = z.object({
  approvals: z.array(approvalItemSchema),
  nextCursor: nextCursorSchema,
});

/** What an approve or deny did: approving less than asked is `reduced`, approving $0 a denial. */
export const approvalDecidedResponse = z.object({
  status: z.enum(['approved', 'reduced', 'denied']),
});

/** What approvers and the requesting rep hear live about an approval (data stays small: see contract/events.ts). */
export const approvalEvents = {
  /** An approver was asked to decide a resolution; sent to each person the approval is routed to. */
  'approval.requested': z.strictObject({ approvalId: z.uuid(), resolutionId: z.uuid() }),
  /** Someone took an approval: the others routed to it can drop it from their queue. */
  'approval.claimed': z.strictObject({
    approvalId: z.uuid(),
    approverId: z.uuid(),
    approverName: z.string().max(200),
  }),
  /** The approval was decided; sent to the requesting rep (and the other approvers). */
  'approval.decided': z.strictObject({
    approvalId: z.uuid(),
    resolutionId: z.uuid(),
    status: z.enum(['approved', 'reduced', 'denied']),
  }),
  /** Nobody answered in time: the approval moved up to the next authority level. */
  'approval.escalated': z.strictObject({
    approvalId: z.uuid(),
    levelKey: z.string().max(100),
    levelName: z.string().max(200),
  }),
  /** The rep withdrew the request (the customer hung up, or the rep found another way). */
  'approval.cancelled': z.strictObject({ approvalId: z.uuid() }),
} as const;
