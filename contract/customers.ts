import { z } from 'zod';

import { errorBodySchema } from './errors.ts';
import { moneySchema, nextCursorSchema, pageQuery } from './shared.ts';

export const customerSummarySchema = z
  .object({
    id: z.uuid(),
    externalRef: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    segment: z.string(),
    lifetimeValue: moneySchema,
    flags: z.array(z.string()),
    /** Set on a duplicate an admin merged away: open this customer instead. */
    mergedIntoId: z.uuid().nullable(),
  })
  .meta({ id: 'CustomerSummary' });

export const orderSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    placedAt: z.iso.datetime(),
    status: z.string(),
    total: moneySchema,
    items: z.array(
      z.object({
        sku: z.string(),
        name: z.string(),
        quantity: z.number().int(),
        unitPriceMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Order' });

export const pastResolutionSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    type: z.string(),
    amountMinor: z.number().int(),
    grantedAmountMinor: z.number().int().nullable(),
    currency: z.string(),
    status: z.enum(['granted', 'pending_approval', 'denied', 'cancelled']),
    withinAuthority: z.boolean(),
    reason: z.string(),
    requestedBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'PastResolution' });

export const pastContactSchema = z
  .object({
    id: z.uuid(),
    channel: z.string(),
    reason: z.string(),
    status: z.string(),
    openedBy: z.object({ id: z.uuid(), name: z.string() }),
    openedAt: z.iso.datetime(),
  })
  .meta({ id: 'PastContact' });

export const customerProfileSchema = customerSummarySchema
  .extend({
    orders: z.array(orderSchema),
    linkedPersonId: z.uuid().nullable(),
    contacts: z.array(pastContactSchema),
    resolutions: z.array(pastResolutionSchema),
  })
  .meta({ id: 'CustomerProfile' });

export const customerSearchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  ...pageQuery(100, 25),
});

export const mergeCustomersBody = z.object({ duplicateId: z.uuid() });

/** A 409 for a phone number, e-mail or merge that clashes with a customer: `existing` is the one to open. */
export const customerConflictSchema = z
  .object({
    error: errorBodySchema.shape.error.extend({
      existing: z.object({ id: z.uuid(), name: z.string().optional() }).optional(),
    }),
  })
  .meta({ id: 'CustomerConflict' });

export const customersResponse = z.object({
  customers: z.array(customerSummarySchema),
  nextCursor: nextCursorSchema,
});
export const customerResponse = z.object({ customer: customerProfileSchema });

export const createCustomerBody = z.object({
  name: z.string().trim().min(1).max(200),
  phone: z.string().trim().max(40).optional(),
  email: z.email().optional(),
});

/** The survivor of a merge, and how much of the duplicate's history moved to it. */
export const mergedCustomerResponse = z.object({
  customer: customerProfileSchema,
  moved: z.object({
    contacts: z.number().int(),
    resolutions: z.number().int(),
    orders: z.number().int(),
  }),
});
