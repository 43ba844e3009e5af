import type { PGlite } from '@electric-sql/pglite';
import type { Db } from '../db/database.ts';

export type NotificationHandlers = {
  onNotify(payload: string): void;
  /** Listening again after a gap: notifications sent meanwhile are lost and must be re-read. */
  onResumed(): void;
};

/** Where an EventHub hears about committed events. */
export interface NotificationSource {
  /** Whether the source can lose notifications (a network connection that drops). */
  readonly canMiss: boolean;
  readonly listening: boolean;
  start(handlers: NotificationHandlers): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The embedded database is in-process, so nothing can be missed. Its single connection is shared
 * with the Kysely dialect: LISTEN is issued while holding that connection, or it could land inside
 * someone's open transaction (and be undone by their rollback).
 */
export class PGliteNotificationSource implements NotificationSource {
  readonly canMiss = false;
  private unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly db: Db,
    private readonly pglite: PGlite,
    private readonly channel: string,
  ) {}

  get listening() {
    return this.unlisten !== null;
  }

  async start(handlers: NotificationHandlers): Promise<void> {
    await this.db.connection().execute(async () => {
      this.unlisten = await this.pglite.listen(this.channel, (payload) => handlers.onNotify(payload));
    });
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    if (!unlisten || this.pglite.closed) return;
    await this.db.connection().execute(() => unlisten());
  }
}
