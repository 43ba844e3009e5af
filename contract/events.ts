import { z } from 'zod';

import { approvalEvents } from './approvals.ts';
import { assignmentEvents } from './assignments.ts';
import { policyEvents } from './authority.ts';
import { ctiEvents } from './cti.ts';
import { knowledgeEvents } from './knowledge.ts';
import { resolutionEvents } from './resolutions.ts';
import { trainingEvents } from './training.ts';

/**
 * Every live event a person can receive, with the shape of its `data`; each module declares its own
 * beside its schemas, and this adds one line per module.
 *
 * Data stays small on purpose: ids and the few display fields a toast needs. A client refetches the
 * record itself, so an event never carries (or leaks, or goes stale with) a body, and the `events`
 * table stays cheap to replay. Schemas are strict so a caller cannot slip extra fields in.
 */
export const eventDataSchemas = {
  ...approvalEvents,
  ...resolutionEvents,
  ...policyEvents,
  ...ctiEvents,
  ...knowledgeEvents,
  ...trainingEvents,
  ...assignmentEvents,
} as const;

export type EventType = keyof typeof eventDataSchemas;
export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;

export const eventTypes = Object.keys(eventDataSchemas) as EventType[];

/** A typed `{ type, data }` pair: the compiler checks `data` against its `type`. */
export type TypedEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

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

export const eventsResponse = z.object({ events: z.array(liveEventSchema) });
