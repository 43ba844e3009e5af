import { z } from 'zod';

import { personRefSchema } from './shared.ts';

/** Whether an approver takes approvals now, until when they are away, and who stands in. */
export const availabilitySchema = z
  .object({
    available: z.boolean(),
    awayUntil: z.iso.datetime().nullable(),
    delegate: personRefSchema.nullable(),
    connected: z.boolean(),
  })
  .meta({ id: 'Availability' });

export const availabilityResponse = z.object({ availability: availabilitySchema });

export const setAvailabilityBody = z.object({
  available: z.boolean(),
  awayUntil: z.iso.datetime({ offset: true }).nullable().optional(),
  delegateId: z.uuid().nullable().optional(),
});
