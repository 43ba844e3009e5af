import type { FastifyBaseLogger } from 'fastify';

import type { Db } from '../../db/database.ts';
import type { Role } from '../../db/schema.ts';
import type { EventHub } from '../../realtime/event-hub.ts';
import { checkStreamCredentials } from './queries/check-stream-credentials.ts';
import { credentialKey, type StreamCredential } from './stream-credential.ts';

/** What the guard needs of an open stream (EventStream implements it). */
export interface GuardedStream {
  readonly personId: string;
  readonly credential: StreamCredential;
  /** Stop delivering (buffer) until a matching release; holds nest. */
  hold(): void;
  /** The credential still holds; it lapses at expiresAt (null: never by itself). */
  release(expiresAt: Date | null): void;
  /** The credential no longer holds: end the stream without sending anything more. */
  revoke(): void;
  /** Ends the stream as a dropped connection (shutdown, a failed check): the client simply reconnects. */
  end(): void;
}

/** The role and level a stream was authorized with: a change of either ends it, and the client reconnects as what it is now. */
type Standing = { role: Role; levelId: string | null };

export type StreamGuardOptions = {
  db: Db;
  hub: EventHub;
  now: () => Date;
  /** How often every stream is re-checked even when nothing was announced (expiry, a missed notification). */
  recheckMs: number;
  logger: FastifyBaseLogger;
};

/**
 * Keeps every open event stream of this instance authorized. A stream is checked when it opens,
 * whenever any instance announces a credentials change for its person (announceCredentialsChanged),
 * after the hub's listener was cut off, and every `recheckMs`. The streams concerned are held (they
 * buffer instead of sending) from the moment the change is heard until one batched query has
 * re-resolved them, so an event committed after a revocation never reaches the revoked stream.
 */
export class StreamGuard {
  /** Open streams, with what they were last authorized as (null until their first check). */
  private readonly streams = new Map<GuardedStream, Standing | null>();
  /** Held streams waiting for the next check. */
  private readonly queued = new Set<GuardedStream>();
  private scheduled = false;
  private work: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private readonly stopWatching: () => void;

  constructor(private readonly options: StreamGuardOptions) {
    this.stopWatching = options.hub.watchCredentials((personIds) => {
      const concerned = [...this.streams.keys()].filter(
        (s) => personIds === 'all' || personIds.has(s.personId),
      );
      void this.check(concerned);
    });
  }

  /**
   * Registers a stream, then checks its credential once more: a change committed after the request was
   * authenticated but heard before this registration would otherwise be missed. False (and the stream
   * revoked) when it no longer holds.
   */
  async admit(stream: GuardedStream): Promise<boolean> {
    this.streams.set(stream, null);
    this.timer ??= setInterval(
      () => void this.check([...this.streams.keys()]),
      this.options.recheckMs,
    ).unref();
    return this.confirm(stream);
  }

  /**
   * Checks a registered stream now, by a query that starts after this call: for what the stream read
   * from the table itself (its replay), which no notification orders. False (and the stream revoked)
   * when its credential no longer holds.
   */
  async confirm(stream: GuardedStream): Promise<boolean> {
    await this.check([stream]);
    return this.streams.has(stream);
  }

  /** The stream closed (either side). */
  remove(stream: GuardedStream): void {
    this.streams.delete(stream);
    this.queued.delete(stream);
    if (this.streams.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** Ends every stream and stops listening, for shutdown. */
  close(): void {
    this.stopWatching();
    for (const stream of [...this.streams.keys()]) stream.end();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Holds the streams now and resolves once a check that started after this call has decided them. */
  private check(streams: GuardedStream[]): Promise<void> {
    for (const stream of streams) {
      // One already waiting will be checked by a query that starts later than this change: enough.
      if (!this.streams.has(stream) || this.queued.has(stream)) continue;
      stream.hold();
      this.queued.add(stream);
    }
    if (this.queued.size > 0 && !this.scheduled) {
      this.scheduled = true;
      this.work = this.work.then(() => this.runCheck());
    }
    return this.work;
  }

  /** One query for everything queued; never rejects, so the chain goes on. */
  private async runCheck(): Promise<void> {
    this.scheduled = false;
    const batch = [...this.queued];
    this.queued.clear();
    let standings;
    try {
      standings = await checkStreamCredentials({
        db: this.options.db,
        credentials: batch.map((s) => s.credential),
        now: this.options.now(),
      });
    } catch (err) {
      // Fail closed, but as a dropped connection, not a 401: the browser reconnects, and is answered
      // by whatever the database says then.
      this.options.logger.error({ err }, 'could not re-check event streams; ending them');
      for (const stream of batch) {
        if (!this.streams.has(stream)) continue;
        this.remove(stream);
        stream.end();
      }
      return;
    }
    for (const stream of batch) {
      if (!this.streams.has(stream)) continue;
      const now = standings.get(credentialKey(stream.credential));
      const was = this.streams.get(stream);
      if (
        !now ||
        now.personId !== stream.personId ||
        (was && (was.role !== now.role || was.levelId !== now.levelId))
      ) {
        this.revoke(stream);
        continue;
      }
      this.streams.set(stream, { role: now.role, levelId: now.levelId });
      stream.release(now.expiresAt);
    }
  }

  private revoke(stream: GuardedStream): void {
    if (!this.streams.has(stream)) return;
    this.remove(stream);
    stream.revoke();
  }
}
