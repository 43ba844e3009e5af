import type { Db } from '../db/database.ts';
import { markConnected, markDisconnected } from './presence.ts';

type Logger = { error(obj: unknown, msg?: string): void };

/**
 * Writes this instance's view of presence: who has a stream here. Changes are coalesced and written
 * one batch at a time, and each batch reads the *current* local state when it runs, so a quick
 * close-then-reopen can never end with a late "disconnected" overwriting a newer "connected".
 */
export class LocalPresence {
  /** People whose presence changed since the last write, with their organization. */
  private readonly dirty = new Map<string, string>();
  private tail: Promise<void> = Promise.resolve();
  private queued = false;

  constructor(
    private readonly options: {
      db: Db;
      now: () => Date;
      logger: Logger;
      isConnectedHere: (personId: string) => boolean;
    },
  ) {}

  /** Someone's first stream opened or last stream closed here. */
  changed(personId: string, organizationId: string): void {
    this.dirty.set(personId, organizationId);
    this.schedule();
  }

  /** Resolves once every change reported so far is written. */
  settled(): Promise<void> {
    return this.tail;
  }

  private schedule(): void {
    if (this.queued) return;
    this.queued = true;
    this.tail = this.tail.then(() => this.write());
  }

  private async write(): Promise<void> {
    this.queued = false;
    const batch = [...this.dirty];
    this.dirty.clear();
    const now = this.options.now();
    const connected = batch.filter(([personId]) => this.options.isConnectedHere(personId));
    const gone = batch.filter(([personId]) => !this.options.isConnectedHere(personId));
    try {
      await markConnected({
        db: this.options.db,
        people: connected.map(([personId, organizationId]) => ({ personId, organizationId })),
        now,
      });
      await markDisconnected({
        db: this.options.db,
        personIds: gone.map(([personId]) => personId),
        now,
      });
    } catch (err) {
      // Presence is advisory and refreshed every few seconds; a failed write must not break streams.
      this.options.logger.error({ err }, 'could not write presence');
    }
  }
}
