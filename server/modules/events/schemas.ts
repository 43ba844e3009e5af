import { z } from 'zod';

/** An event id as a client echoes it back (EventSource's Last-Event-ID). */
export const eventIdText = z
  .string()
  .regex(/^\d{1,15}$/, 'must be an event id')
  .transform(Number);

export const eventsQuery = z.object({
  /** For EventSource polyfills that cannot set the Last-Event-ID header; the header wins when both are sent. */
  lastEventId: eventIdText.optional(),
});

export const liveEventSchema = z
  .object({
    id: z.number().int(),
    type: z.string(),
    data: z.record(z.string(), z.unknown()),
    createdAt: z.string(),
  })
  .meta({ id: 'LiveEvent' });

export type LiveEventBody = z.infer<typeof liveEventSchema>;
