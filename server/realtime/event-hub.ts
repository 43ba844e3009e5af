import { sql } from 'kysely';

import type { DatabaseHandle } from '../db/database.ts';
import { CREDENTIALS_CHANNEL } from './credentials-changed.ts';
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

/** Told, synchronously and before any later event is read, whose credentials changed; 'all' after a listener gap. */
export type CredentialsListener = (personIds: ReadonlySet<string> | 'all') => void;

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
  private readonly credentialsListeners = new Set<CredentialsListener>();
  private readonly source: NotificationSource;
  private readonly presence: LocalPresence;
  private pending = new Set<number>();
  private flushQueued = false;
  private work: Promise<void> = Promise.resolve();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: EventHubOptions) {
    const { database, logger } = options;
    if (database.kind === 'pglite') {
      if (!database.pglite)
        throw new Error('EventHub needs the PGlite engine of an embedded database');
      this.source = new PGliteNotificationSource(database.db, database.pglite, [
        EVENTS_CHANNEL,
        CREDENTIALS_CHANNEL,
      ]);
    } else {
      if (!database.url)
        throw new Error('EventHub needs the connection string of a PostgreSQL database');
      this.source = new PgListener({
        url: database.url,
        channels: [EVENTS_CHANNEL, CREDENTIALS_CHANNEL],
        logger,
        ...(options.reconnect ? { backoff: options.reconnect } : {}),
      });
    }
    this.presence = new LocalPresence({
      db: database.db,
      now: options.now,
      logger,
      isConnectedHere: (id) => this.isConnectedHere(id),
    });
  }

  /** Whether the listener is connected (false while the PostgreSQL listener reconnects). */
  get listening(): boolean {
    return this.source.listening;
  }

  async start(): Promise<void> {
    await this.source.start({
      onNotify: (channel, payload) =>
        channel === CREDENTIALS_CHANNEL
          ? this.onCredentialsChanged(payload)
          : this.onNotify(payload),
      // Credentials first: a stream whose access was revoked during the gap must not get the caught-up events.
      onResumed: () => {
        this.tellCredentialsListeners('all');
        this.catchUp();
      },
    });
    this.refreshTimer = setInterval(() => this.refreshPresence(), PRESENCE_REFRESH_MS);
    this.refreshTimer.unref();
  }

  /** Stops listening and marks everyone still subscribed here as gone; call before closing the database. */
  async stop(): Promise<void> {
    clearInterval(this.refreshTimer);
    await this.source.stop();
    const remaining = [...this.subscribers].map(
      ([personId, subs]) => [personId, first(subs).organizationId] as const,
    );
    this.subscribers.clear();
    for (const [personId, organizationId] of remaining)
      this.presence.changed(personId, organizationId);
    await this.work;
    await this.presence.settled();
  }

  /**
   * Delivers the person's events committed from now on. `after` is the last id the caller already has
   * (its Last-Event-ID, or the newest id when it starts fresh): nothing at or below it is handed over,
   * and after a listener gap the hub re-reads from there. A subscriber without `after` is caught up
   * only once it has received a first event.
   */
  subscribe(
    personId: string,
    organizationId: string,
    listener: EventListener,
    options: { after?: number } = {},
  ): () => void {
    let subs = this.subscribers.get(personId);
    if (!subs) {
      subs = new Set();
      this.subscribers.set(personId, subs);
      this.presence.changed(personId, organizationId);
    }
    const subscriber: Subscriber = { organizationId, listener, cursor: options.after ?? null };
    subs.add(subscriber);

    const set = subs;
    return () => {
      if (!set.delete(subscriber) || set.size > 0 || this.subscribers.get(personId) !== set) return;
      this.subscribers.delete(personId);
      this.presence.changed(personId, organizationId);
    };
  }

  /** Hears credentials changes announced by any instance (announceCredentialsChanged); returns the way to stop. */
  watchCredentials(listener: CredentialsListener): () => void {
    this.credentialsListeners.add(listener);
    return () => this.credentialsListeners.delete(listener);
  }

  isConnectedHere(personId: string): boolean {
    return this.subscribers.has(personId);
  }

  /** Pushes `connected_until` forward for everyone with a subscription here (the timer does it every PRESENCE_REFRESH_MS). */
  refreshPresence(): void {
    for (const [personId, subs] of this.subscribers)
      this.presence.changed(personId, first(subs).organizationId);
  }

  /** Resolves once presence reflects every subscribe, unsubscribe and refresh so far. */
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

  /**
   * Synchronous on purpose: listeners hold the streams concerned before the hub reads any event
   * announced after this change, so nothing recorded after a revocation reaches a revoked stream.
   */
  private onCredentialsChanged(payload: string): void {
    const personIds = new Set(payload.split(',').filter((id) => id.length > 0));
    if (personIds.size > 0) this.tellCredentialsListeners(personIds);
  }

  private tellCredentialsListeners(personIds: ReadonlySet<string> | 'all'): void {
    for (const listener of this.credentialsListeners) {
      try {
        listener(personIds);
      } catch (err) {
        this.options.logger.error({ err }, 'a credentials listener threw');
      }
    }
  }

  /** After a listener gap: re-read, per connected person, the events past what their subscribers have. */
  private catchUp(): void {
    this.enqueue(async () => {
      const tracked = new Set<Subscriber>();
      const after = new Map<string, number>();
      for (const [personId, subs] of this.subscribers) {
        for (const s of subs) {
          if (s.cursor === null) continue;
          tracked.add(s);
          after.set(personId, Math.min(after.get(personId) ?? s.cursor, s.cursor));
        }
      }
      if (after.size === 0) return;
      const { rows } = await sql<LiveEvent>`
        select e.* from events e
        join unnest(${[...after.keys()]}::uuid[], ${[...after.values()]}::bigint[]) as c(recipient_id, after_id)
          on e.recipient_id = c.recipient_id and e.id > c.after_id
        order by e.id`.execute(this.options.database.db);
      this.options.logger.info({ events: rows.length }, 'event listener caught up after a gap');
      this.deliver(rows, tracked);
    });
  }

  /** Reads and deliveries run one at a time, so each subscriber sees ids in increasing order. */
  private enqueue(task: () => Promise<void>): void {
    this.work = this.work
      .then(task)
      .catch((err: unknown) => this.options.logger.error({ err }, 'could not deliver live events'));
  }

  private deliver(rows: LiveEvent[], only?: Set<Subscriber>): void {
    for (const row of rows) {
      for (const subscriber of this.subscribers.get(row.recipientId) ?? []) {
        if (only && !only.has(subscriber)) continue;
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
}

function first<T>(set: Set<T>): T {
  return set.values().next().value as T;
}
