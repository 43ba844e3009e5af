import type { PGlite } from '@electric-sql/pglite';

import type { Db } from '../db/database.ts';

export type NotificationHandlers = {
  /** Called in the order the notifying transactions committed, whatever their channel. */
  onNotify(channel: string, payload: string): void;
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
 * The embedded database is in-process, so nothing can be missed. PGlite hands notifications out in
 * the order it received them, across channels. Its single connection is shared
 * with the Kysely dialect: LISTEN is issued while holding that connection, or it could land inside
 * someone's open transaction (and be undone by their rollback).
 */
export class PGliteNotificationSource implements NotificationSource {
  readonly canMiss = false;
  private unlisten: Array<() => Promise<void>> | null = null;

  constructor(
    private readonly db: Db,
    private readonly pglite: PGlite,
    private readonly channels: readonly string[],
  ) {}

  get listening() {
    return this.unlisten !== null;
  }

  async start(handlers: NotificationHandlers): Promise<void> {
    await this.db.connection().execute(async () => {
      const unlisten = [];
      for (const channel of this.channels)
        unlisten.push(
          await this.pglite.listen(channel, (payload) => handlers.onNotify(channel, payload)),
        );
      this.unlisten = unlisten;
    });
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    if (!unlisten || this.pglite.closed) return;
    await this.db.connection().execute(async () => {
      for (const stop of unlisten) await stop();
    });
  }
}
