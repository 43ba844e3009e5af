import type { LiveEventBody } from '../../../contract/events.ts';
import type { LiveEvent } from '../../realtime/event-types.ts';

export function presentEvent(event: LiveEvent): LiveEventBody {
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    createdAt: event.createdAt.toISOString(),
  };
}

/** One Server-Sent Events frame; JSON never contains a raw newline, so `data` is a single line. */
export function sseFrame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(presentEvent(event))}\n\n`;
}
