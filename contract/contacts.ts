import { z } from 'zod';

import { resolutionSchema } from './resolutions.ts';
import { nextCursorSchema, pageQuery } from './shared.ts';

export const channelSchema = z.enum(['call', 'chat', 'email', 'in_person']);

export const contactSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid().nullable(),
    customerName: z.string().nullable(),
    openedBy: z.object({ id: z.uuid(), name: z.string() }),
    channel: channelSchema,
    reason: z.string(),
    status: z.enum(['open', 'closed']),
    phone: z.string().nullable(),
    notes: z.string(),
    openedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Contact' });

export const openContactBody = z.object({
  customerId: z.uuid(),
  channel: channelSchema,
  reason: z.string().trim().max(500).default(''),
});

export const updateContactBody = z
  .object({
    notes: z.string().max(10_000),
    reason: z.string().trim().max(500),
    customerId: z.uuid(),
  })
  .partial()
  .refine((b) => Object.keys(b).length > 0, 'send at least one field to change');

export const contactsQuery = z.object({
  status: z.enum(['open', 'closed']).optional(),
  customerId: z.uuid().optional(),
  ...pageQuery(100, 20),
});

export const contactsResponse = z.object({
  contacts: z.array(contactSchema),
  nextCursor: nextCursorSchema,
});

/** A contact with the resolutions asked for on it: what every change to a contact answers. */
export const contactWithResolutionsSchema = z.object({
  contact: contactSchema,
  resolutions: z.array(resolutionSchema),
});
