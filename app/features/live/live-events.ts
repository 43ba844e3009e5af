import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { z } from 'zod';

import type { EventType, liveEventSchema } from '../../../contract/events.ts';

export type { EventType } from '../../../contract/events.ts';

/** One live event as the server sends it on /api/events; its `type` is one of contract/events.ts. */
export type LiveEvent = Omit<z.infer<typeof liveEventSchema>, 'type'> & { type: EventType };
type Listener = (event: LiveEvent) => void;

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

/**
 * One EventSource for the whole app, opened while anything listens. EventSource reconnects by itself
 * and sends Last-Event-ID, so the server replays whatever was missed in between.
 */
class LiveEvents {
  private source: EventSource | null = null;
  private listeners = new Set<Listener>();
  private statusListeners = new Set<() => void>();
  private knownTypes = new Set<EventType>();
  private lastEventId: number | null = null;
  private retryDelayMs = 1_000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  status: LiveStatus = 'connecting';

  subscribe(listener: Listener, types: readonly EventType[]): () => void {
    this.listeners.add(listener);
    for (const type of types) this.listen(type);
    this.open();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.close();
    };
  }

  onStatus = (listener: () => void) => {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  };

  private setStatus(status: LiveStatus) {
    this.status = status;
    for (const l of this.statusListeners) l();
  }

  private open() {
    if (this.source || this.retryTimer) return;
    // A new EventSource forgets the last id it saw; the query parameter carries it over.
    const url =
      this.lastEventId === null ? '/api/events' : `/api/events?lastEventId=${this.lastEventId}`;
    const source = new EventSource(url, { withCredentials: true });
    source.onopen = () => {
      this.retryDelayMs = 1_000;
      this.setStatus('live');
    };
    source.onerror = () => {
      if (source.readyState !== EventSource.CLOSED) return this.setStatus('reconnecting');
      // The browser gave up (the server answered an error, e.g. after a restart): try again, backing off.
      source.close();
      this.source = null;
      this.setStatus('reconnecting');
      if (this.listeners.size === 0) return;
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.listeners.size > 0) this.open();
      }, this.retryDelayMs);
      this.retryDelayMs = Math.min(this.retryDelayMs * 2, 30_000);
    };
    this.source = source;
    for (const type of this.knownTypes) source.addEventListener(type, this.dispatch);
  }

  private listen(type: EventType) {
    if (this.knownTypes.has(type)) return;
    this.knownTypes.add(type);
    this.source?.addEventListener(type, this.dispatch);
  }

  private dispatch = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as LiveEvent;
    this.lastEventId = event.id;
    for (const listener of this.listeners) listener(event);
  };

  private close() {
    this.source?.close();
    this.source = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.setStatus('connecting');
  }
}

const live = new LiveEvents();

/** Calls `handler` for each live event of the given types while the component is mounted. */
export function useLiveEvents(
  types: readonly EventType[],
  handler: (event: LiveEvent) => void,
): void {
  const latest = useRef(handler);
  latest.current = handler;
  const key = types.join(',');
  useEffect(() => {
    const wanted = key.split(',') as EventType[];
    return live.subscribe((event) => {
      if (wanted.includes(event.type)) latest.current(event);
    }, wanted);
  }, [key]);
}

/** Whether the live connection is up, for a small indicator. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(live.onStatus, () => live.status);
}
