import { z } from 'zod';

import { amountMinor } from '../authority/schemas.ts';
import { moneySchema } from '../customers/schemas.ts';
import { personRefSchema } from '../people/schemas.ts';

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
