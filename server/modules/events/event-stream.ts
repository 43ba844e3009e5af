import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';

import type { Db } from '../../db/database.ts';
import type { EventHub } from '../../realtime/event-hub.ts';
import type { LiveEvent } from '../../realtime/event-types.ts';
import { sseFrame } from './presenter.ts';
import { latestEventId } from './queries/latest-event-id.ts';
import { listEventsAfter } from './queries/list-events.ts';
import type { StreamCredential } from './stream-credential.ts';
import type { GuardedStream, StreamGuard } from './stream-guard.ts';

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
  /** The session or API token the request was authenticated with; the guard re-checks it. */
  credential: StreamCredential;
  /** The last id the client has, from Last-Event-ID; null for a fresh start. */
  lastEventId: number | null;
  /** Keeps the stream authorized while it is open, and ends it when the server shuts down. */
  guard: StreamGuard;
  now: () => Date;
};

/**
 * One person's Server-Sent Events stream. To neither miss nor repeat an event it subscribes first
 * (buffering), then replays from the table everything after the client's cursor, then flushes the
 * buffer; `lastSent` drops anything already written. This is exact because record-events.ts makes
 * each recipient's ids commit in order.
 *
 * While the guard holds it (its credentials are being re-checked) nothing is written: events wait in
 * the buffer and are sent, or dropped with the stream, once the check has decided.
 */
export class EventStream implements GuardedStream {
  private lastSent = 0;
  private live = false;
  private readonly buffered: LiveEvent[] = [];
  private closed = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private unsubscribe: () => void = () => {};
  private holds = 0;
  private unheldWaiters: Array<() => void> = [];
  /** When the session lapses by itself; nothing is sent from then on, whenever the next re-check runs. */
  private expiresAt: Date | null = null;
  readonly personId: string;
  readonly credential: StreamCredential;

  constructor(
    private readonly request: FastifyRequest,
    private readonly reply: FastifyReply,
    private readonly options: EventStreamOptions,
  ) {
    this.personId = options.person.personId;
    this.credential = options.credential;
  }

  async open(): Promise<void> {
    const { db, hub, person, guard } = this.options;
    const res = this.reply.raw;
    this.reply.hijack();
    this.request.raw.on('close', () => this.cleanUp());
    res.on('close', () => this.cleanUp());
    try {
      // A failed check has answered 401 already (revoke).
      if (!(await guard.admit(this)) || this.closed) return;
      const cursor =
        this.options.lastEventId ??
        (await latestEventId({
          db,
          organizationId: person.organizationId,
          recipientId: person.personId,
        }));
      if (this.closed) return;
      this.lastSent = cursor;
      this.unsubscribe = hub.subscribe(
        person.personId,
        person.organizationId,
        (event) => (this.live && this.holds === 0 ? this.send(event) : this.buffered.push(event)),
        {
          after: cursor,
        },
      );
      // Routing reads presence: by the time the client sees the stream open, it counts as connected.
      await hub.presenceSettled();
      if (this.closed) return;

      res.socket?.setNoDelay(true);
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      res.write(`retry: ${RETRY_MS}\n\n`);
      await this.replay();
      if (this.closed) return;
      this.live = true;
      this.flush();
      this.heartbeat = setInterval(() => this.write(': ping\n\n'), HEARTBEAT_MS);
    } catch (err) {
      this.options.logger.error({ err }, 'could not open the event stream');
      if (!res.headersSent) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            error: { code: 'unavailable', message: 'Live events are unavailable; retry shortly' },
          }),
        );
      }
      this.finish();
    }
  }

  private async replay(): Promise<void> {
    const { db, person } = this.options;
    for (;;) {
      const page = await listEventsAfter({
        db,
        organizationId: person.organizationId,
        recipientId: person.personId,
        afterId: this.lastSent,
        limit: REPLAY_PAGE,
      });
      // The page may hold events committed after a revocation this instance has not heard of yet;
      // a check that starts after the read would see that revocation. (Live events need none: the
      // hub hears a revocation before any event committed after it.)
      if (page.length > 0 && !(await this.options.guard.confirm(this))) return;
      await this.unheld();
      if (this.closed) return;
      for (const event of page) this.send(event);
      if (page.length < REPLAY_PAGE) return;
    }
  }

  hold(): void {
    this.holds++;
  }

  release(expiresAt: Date | null): void {
    this.expiresAt = expiresAt;
    if (--this.holds > 0) return;
    for (const wake of this.unheldWaiters.splice(0)) wake();
    this.flush();
  }

  /** Ends the stream because its credentials lapsed; before the 200 the client is told 401 (EventSource then stops). */
  revoke(): void {
    const res = this.reply.raw;
    if (!res.headersSent && !res.writableEnded) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'unauthenticated', message: 'Sign in again' } }));
      this.cleanUp();
      return;
    }
    this.finish();
  }

  end(): void {
    this.finish();
  }

  private flush(): void {
    if (!this.live || this.holds > 0) return;
    for (const event of this.buffered.splice(0)) this.send(event);
  }

  private unheld(): Promise<void> {
    if (this.holds === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.unheldWaiters.push(resolve));
  }

  private send(event: LiveEvent): void {
    if (this.closed) return;
    if (this.expiresAt && this.options.now() >= this.expiresAt) {
      this.revoke();
      return;
    }
    if (event.id <= this.lastSent) return;
    this.lastSent = event.id;
    this.write(sseFrame(event));
  }

  private write(chunk: string): void {
    const res = this.reply.raw;
    if (this.closed || res.writableEnded) return;
    res.write(chunk);
    if (res.writableLength > MAX_UNSENT_BYTES) {
      this.options.logger.warn(
        { personId: this.options.person.personId },
        'event stream client too slow; closing it',
      );
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
    this.buffered.length = 0;
    for (const wake of this.unheldWaiters.splice(0)) wake();
    this.options.guard.remove(this);
  }
}
