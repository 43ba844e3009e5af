import { z } from 'zod';

/**
 * Every live event a person can receive, with the shape of its `data`.
 *
 * Data stays small on purpose: ids and the few display fields a toast needs. A client refetches the
 * record itself, so an event never carries (or leaks, or goes stale with) a body, and the `events`
 * table stays cheap to replay. Schemas are strict so a caller cannot slip extra fields in.
 */
export const eventDataSchemas = {
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
  /** A resolution within the rep's own authority was granted (their "you are covered" receipt is ready). */
  'resolution.granted': z.strictObject({ resolutionId: z.uuid() }),
  /** A new authority policy version is in force: open screens refetch it (the rep's live preview, the admin's grid). */
  'policy.published': z.strictObject({ version: z.number().int().positive() }),
  /** Another admin asked to publish a draft that raises their own authority: it needs this admin's agreement. */
  'policy.publish_requested': z.strictObject({ version: z.number().int().positive() }),
  /** Telephony started a contact for this rep: open the customer's screen. `customerId` is null when the caller is unknown. */
  'contact.popped': z.strictObject({
    contactId: z.uuid(),
    customerId: z.uuid().nullable(),
    phone: z.string().max(40),
  }),
} as const;

export type EventType = keyof typeof eventDataSchemas;
export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;

export const eventTypes = Object.keys(eventDataSchemas) as EventType[];

/** A typed `{ type, data }` pair: the compiler checks `data` against its `type`. */
export type TypedEvent = { [T in EventType]: { type: T; data: EventData<T> } }[EventType];

/** An event to record for one recipient, in the recipient's organization. */
export type NewEvent = { organizationId: string; recipientId: string } & TypedEvent;

/** An event as stored and delivered: `type` and `data` are what was recorded (typed loosely, as read back). */
export type LiveEvent = {
  id: number;
  organizationId: string;
  recipientId: string;
  type: string;
  data: Record<string, unknown>;
  createdAt: Date;
};

/** The PostgreSQL channel every instance listens on; payloads are comma-separated event ids. */
export const EVENTS_CHANNEL = 'leeway_events';
