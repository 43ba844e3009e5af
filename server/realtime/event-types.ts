import type { TypedEvent } from '../../contract/events.ts';

// The event types and their data are the API's (contract/events.ts); this adds what only the server knows.
export {
  eventDataSchemas,
  eventTypes,
  type EventData,
  type EventType,
  type TypedEvent,
} from '../../contract/events.ts';

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
