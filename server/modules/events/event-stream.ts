import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.ts';
import type { EventHub } from '../../realtime/event-hub.ts';
import type { LiveEvent } from '../../realtime/event-types.ts';
import { sseFrame } from './presenter.ts';
import { latestEventId, listEventsAfter } from './queries/list-events.ts';

/** Proxies and load balancers drop connections that stay silent for about a minute. */
const HEARTBEAT_MS = 15_000;
/** How soon EventSource reconnects after a drop; approvals are waited on by a customer on the phone. */
const RETRY_MS = 1_000;
const REPLAY_PAGE = 500;
/** A client this far behind is cut off; it reconnects with its Last-Event-ID and is replayed from the table. */
const MAX_UNSENT_BYTES = 1024 * 1024;

export type EventStreamOptions = {
  db: Db;
  hub: EventHub;
  logger: FastifyBaseLogger;
  person: { personId: string; organizationId: string };
  /** The last id the client has, from Last-Event-ID; null for a fresh start. */
  lastEventId: number | null;
  /** Open streams, so the server can end them when it shuts down. */
  registry: Set<() => void>;
};

/**
 * One person's Server-Sent Events stream. To neither miss nor repeat an event it subscribes first
 * (buffering), then replays from the table everything after the client's cursor, then flushes the
 * buffer; `lastSent` drops anything already written. This is exact because record-events.ts makes
 * each recipient's ids commit in order.
 */
export class EventStream {
  private lastSent = 0;
  private live = false;
  private readonly buffered: LiveEvent[] = [];
  private closed = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: () => void = () => {};
  private readonly end = () => this.finish();

  constructor(
    private readonly request: FastifyRequest,
    private readonly reply: FastifyReply,
    private readonly options: EventStreamOptions,
  ) {}

  async open(): Promise<void> {
    const { db, hub, person, registry } = this.options;
    const res = this.reply.raw;
    this.reply.hijack();
    this.request.raw.on('close', () => this.cleanUp());
    res.on('close', () => this.cleanUp());
    registry.add(this.end);
    try {
      const cursor = this.options.lastEventId ?? (await latestEventId({ db, organizationId: person.organizationId, recipientId: person.personId }));
      if (this.closed) return;
      this.lastSent = cursor;
      this.unsubscribe = hub.subscribe(person.personId, person.organizationId, (event) => (this.live ? this.send(event) : this.buffered.push(event)), {
        after: cursor,
      });
      // Routing reads presence: by the time the client sees the stream open, it counts as connected.
      await hub.presenceSettled();
      if (this.closed) return;

      res.socket?.setNoDelay(true);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-accel-buffering': 'no', connection: 'keep-alive' });
      res.write(`retry: ${RETRY_MS}\n\n`);
      await this.replay();
      for (const event of this.buffered.splice(0)) this.send(event);
      this.live = true;
      this.heartbeat = setInterval(() => this.write(': ping\n\n'), HEARTBEAT_MS);
    } catch (err) {
      this.options.logger.error({ err }, 'could not open the event stream');
      if (!res.headersSent) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'unavailable', message: 'Live events are unavailable; retry shortly' } }));
      }
      this.finish();
    }
  }

  private async replay(): Promise<void> {
    const { db, person } = this.options;
    for (;;) {
      const page = await listEventsAfter({ db, organizationId: person.organizationId, recipientId: person.personId, afterId: this.lastSent, limit: REPLAY_PAGE });
      if (this.closed) return;
      for (const event of page) this.send(event);
      if (page.length < REPLAY_PAGE) return;
    }
  }

  private send(event: LiveEvent): void {
    if (event.id <= this.lastSent) return;
    this.lastSent = event.id;
    this.write(sseFrame(event));
  }

  private write(chunk: string): void {
    const res = this.reply.raw;
    if (this.closed || res.writableEnded) return;
    res.write(chunk);
    if (res.writableLength > MAX_UNSENT_BYTES) {
      this.options.logger.warn({ personId: this.options.person.personId }, 'event stream client too slow; closing it');
      this.finish();
    }
  }

  /** Ends the response from our side (shutdown, slow client, error). */
  private finish(): void {
    const res = this.reply.raw;
    if (!res.headersSent) {
      // Before the 200, a dropped connection is what makes EventSource retry (an empty 200 would not).
      res.destroy();
    } else if (!res.writableEnded) {
      res.end();
      // The keep-alive socket would otherwise hold the server's shutdown open.
      res.socket?.destroySoon();
    }
    this.cleanUp();
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    this.unsubscribe();
    this.options.registry.delete(this.end);
  }
}
