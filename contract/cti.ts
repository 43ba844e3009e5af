import { z } from 'zod';

export const callEventBody = z.object({
  type: z.enum(['call.ringing', 'call.answered', 'call.ended']),
  callId: z.string().trim().min(1).max(200),
  from: z.string().trim().min(1).max(40),
  agent: z.string().trim().min(1).max(320),
});

/** Which contact the call popped, and whether the caller was a known customer. */
export const callEventOutcomeSchema = z.object({
  contactId: z.uuid(),
  customerId: z.uuid().nullable(),
  matched: z.boolean(),
  created: z.boolean(),
});

export const ctiEvents = {
  /** Telephony started a contact for this rep: open the customer's screen. `customerId` is null when the caller is unknown. */
  'contact.popped': z.strictObject({
    contactId: z.uuid(),
    customerId: z.uuid().nullable(),
    phone: z.string().max(40),
  }),
} as const;
