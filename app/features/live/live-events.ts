import { useEffect, useRef, useSyncExternalStore } from 'react';

/** One live event as the server sends it on /api/events (see server/realtime/event-types.ts). */
export type LiveEvent = { id: number; type: string; data: Record<string, unknown>; createdAt: string };
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
  private knownTypes = new Set<string>();
  status: LiveStatus = 'connecting';

  subscribe(listener: Listener, types: readonly string[]): () => void {
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
    if (this.source) return;
    const source = new EventSource('/api/events', { withCredentials: true });
    source.onopen = () => this.setStatus('live');
    source.onerror = () => this.setStatus(source.readyState === EventSource.CLOSED ? 'connecting' : 'reconnecting');
    this.source = source;
    for (const type of this.knownTypes) source.addEventListener(type, this.dispatch);
  }

  private listen(type: string) {
    if (this.knownTypes.has(type)) return;
    this.knownTypes.add(type);
    this.source?.addEventListener(type, this.dispatch);
  }

  private dispatch = (message: MessageEvent<string>) => {
    const event = JSON.parse(message.data) as LiveEvent;
    for (const listener of this.listeners) listener(event);
  };

  private close() {
    this.source?.close();
    this.source = null;
    this.setStatus('connecting');
  }
}

const live = new LiveEvents();

/** Calls `handler` for each live event of the given types while the component is mounted. */
export function useLiveEvents(types: readonly string[], handler: (event: LiveEvent) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  const key = types.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    return live.subscribe((event) => {
      if (wanted.has(event.type)) latest.current(event);
    }, key.split(','));
  }, [key]);
}

/** Whether the live connection is up, for a small indicator. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(live.onStatus, () => live.status);
}
