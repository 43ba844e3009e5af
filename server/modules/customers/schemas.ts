import { z } from 'zod';

/** Money on the wire: integer minor units with an ISO 4217 code, never a float. */
export const moneySchema = z.object({ amountMinor: z.number().int(), currency: z.string().length(3) }).meta({ id: 'Money' });

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
  })
  .meta({ id: 'CustomerSummary' });

export const orderSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    placedAt: z.iso.datetime(),
    status: z.string(),
    total: moneySchema,
    items: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number().int(), unitPriceMinor: z.number().int() })),
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
  .object({ id: z.uuid(), channel: z.string(), reason: z.string(), status: z.string(), openedBy: z.object({ id: z.uuid(), name: z.string() }), openedAt: z.iso.datetime() })
  .meta({ id: 'PastContact' });

export const customerProfileSchema = customerSummarySchema
  .extend({ orders: z.array(orderSchema), linkedPersonId: z.uuid().nullable(), contacts: z.array(pastContactSchema), resolutions: z.array(pastResolutionSchema) })
  .meta({ id: 'CustomerProfile' });

export const customerSearchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
