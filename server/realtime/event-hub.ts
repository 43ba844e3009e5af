import { sql } from 'kysely';
import type { DatabaseHandle } from '../db/database.ts';
import { EVENTS_CHANNEL, type LiveEvent } from './event-types.ts';
import { LocalPresence } from './local-presence.ts';
import { PGliteNotificationSource, type NotificationSource } from './notification-source.ts';
import { PgListener } from './pg-listener.ts';
import { PRESENCE_REFRESH_MS } from './presence.ts';

type Logger = {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
};

export type EventListener = (event: LiveEvent) => void;

type Subscriber = {
  organizationId: string;
  listener: EventListener;
  /** The last id this subscriber has (or was told it has): nothing at or below it is delivered again. */
  cursor: number | null;
};

export type EventHubOptions = {
  database: DatabaseHandle;
  logger: Logger;
  now: () => Date;
  /** For tests: how fast the PostgreSQL listener retries. */
  reconnect?: { minMs: number; maxMs: number };
};

/**
 * One per process. Hears "these event ids were committed" from PostgreSQL (any instance may have
 * written them), reads those rows once per batch and hands each to the local subscribers of its
 * recipient. It also keeps `person_presence` in step with who has a stream open here.
 */
export class EventHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private readonly source: NotificationSource;
  private readonly presence: LocalPresence;
  private pending = new Set<number>();
  private flushQueued = false;
  private work: Promise<void> = Promise.resolve();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: EventHubOptions) {
    const { database, logger } = options;
    if (database.kind === 'pglite') {
      if (!database.pglite) throw new Error('EventHub needs the PGlite engine of an embedded database');
      this.source = new PGliteNotificationSource(database.db, database.pglite, EVENTS_CHANNEL);
    } else {
      if (!database.url) throw new Error('EventHub needs the connection string of a PostgreSQL database');
      this.source = new PgListener({ url: database.url, channel: EVENTS_CHANNEL, logger, ...(options.reconnect ? { backoff: options.reconnect } : {}) });
    }
    this.presence = new LocalPresence({ db: database.db, now: options.now, logger, isConnectedHere: (id) => this.isConnectedHere(id) });
  }

  /** Whether the listener is connected (false while the PostgreSQL listener reconnects). */
  get listening(): boolean {
    return this.source.listening;
  }

  async start(): Promise<void> {
    await this.source.start({ onNotify: (payload) => this.onNotify(payload), onResumed: () => this.catchUp() });
    this.refreshTimer = setInterval(() => {
      for (const [personId, subs] of this.subscribers) this.presence.changed(personId, first(subs).organizationId);
    }, PRESENCE_REFRESH_MS);
    this.refreshTimer.unref();
  }

  /** Stops listening and marks everyone still subscribed here as gone; call before closing the database. */
  async stop(): Promise<void> {
    clearInterval(this.refreshTimer);
    await this.source.stop();
    const remaining = [...this.subscribers].map(([personId, subs]) => [personId, first(subs).organizationId] as const);
    this.subscribers.clear();
    for (const [personId, organizationId] of remaining) this.presence.changed(personId, organizationId);
    await this.work;
    await this.presence.settled();
  }

  /**
   * Delivers the person's events committed from now on. `after` is the last id the caller already has
   * (its Last-Event-ID), so the hub never hands it anything at or below that.
   */
  subscribe(personId: string, organizationId: string, listener: EventListener, options: { after?: number } = {}): () => void {
    let subs = this.subscribers.get(personId);
    if (!subs) {
      subs = new Set();
      this.subscribers.set(personId, subs);
      this.presence.changed(personId, organizationId);
    }
    const subscriber: Subscriber = { organizationId, listener, cursor: options.after ?? null };
    subs.add(subscriber);
    if (subscriber.cursor === null && this.source.canMiss) void this.loadCursor(personId, subscriber);

    const set = subs;
    return () => {
      if (!set.delete(subscriber) || set.size > 0 || this.subscribers.get(personId) !== set) return;
      this.subscribers.delete(personId);
      this.presence.changed(personId, organizationId);
    };
  }

  isConnectedHere(personId: string): boolean {
    return this.subscribers.has(personId);
  }

  /** Resolves once presence reflects every subscribe and unsubscribe so far. */
  presenceSettled(): Promise<void> {
    return this.presence.settled();
  }

  private onNotify(payload: string): void {
    for (const part of payload.split(',')) {
      const id = Number(part);
      if (Number.isSafeInteger(id) && id > 0) this.pending.add(id);
    }
    // Notifications that arrive together (or while a read is running) share one query.
    if (this.flushQueued) return;
    this.flushQueued = true;
    this.enqueue(async () => {
      this.flushQueued = false;
      const ids = [...this.pending];
      this.pending.clear();
      const recipients = [...this.subscribers.keys()];
      if (recipients.length === 0) return;
      const rows = await this.options.database.db
        .selectFrom('events')
        .selectAll()
        .where(sql<boolean>`id = any(${ids}::bigint[])`)
        .where(sql<boolean>`recipient_id = any(${recipients}::uuid[])`)
        .orderBy('id')
        .execute();
      this.deliver(rows);
    });
  }

  /** After a listener gap: re-read each connected person's events past what their subscribers have. */
  private catchUp(): void {
    this.enqueue(async () => {
      const cursors = [...this.subscribers.values()].flatMap((subs) => [...subs].map((s) => s.cursor)).filter((c) => c !== null);
      if (cursors.length === 0) return;
      const rows = await this.options.database.db
        .selectFrom('events')
        .selectAll()
        .where(sql<boolean>`recipient_id = any(${[...this.subscribers.keys()]}::uuid[])`)
        .where('id', '>', Math.min(...cursors))
        .orderBy('id')
        .execute();
      this.options.logger.info({ events: rows.length }, 'event listener caught up after a gap');
      this.deliver(rows);
    });
  }

  /** Reads and deliveries run one at a time, so each subscriber sees ids in increasing order. */
  private enqueue(task: () => Promise<void>): void {
    this.work = this.work.then(task).catch((err: unknown) => this.options.logger.error({ err }, 'could not deliver live events'));
  }

  private deliver(rows: LiveEvent[]): void {
    for (const row of rows) {
      for (const subscriber of this.subscribers.get(row.recipientId) ?? []) {
        if (subscriber.organizationId !== row.organizationId) continue;
        if (subscriber.cursor !== null && row.id <= subscriber.cursor) continue;
        subscriber.cursor = row.id;
        try {
          subscriber.listener(row);
        } catch (err) {
          this.options.logger.error({ err, eventId: row.id }, 'an event subscriber threw');
        }
      }
    }
  }

  /**
   * Without a cursor a subscriber could not be caught up after a listener gap; its starting point is
   * the newest event the person already has. Events delivered meanwhile move it further.
   */
  private async loadCursor(personId: string, subscriber: Subscriber): Promise<void> {
    try {
      const row = await this.options.database.db
        .selectFrom('events')
        .select((eb) => eb.fn.max('id').as('maxId'))
        .where('recipientId', '=', personId)
        .executeTakeFirst();
      const maxId = row?.maxId ?? 0;
      subscriber.cursor = Math.max(subscriber.cursor ?? 0, maxId);
    } catch (err) {
      this.options.logger.warn({ err }, 'could not read the newest event id of a subscriber');
    }
  }
}

function first<T>(set: Set<T>): T {
  return set.values().next().value as T;
}
