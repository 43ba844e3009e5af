import pg from 'pg';

import type { NotificationHandlers, NotificationSource } from './notification-source.ts';

type Logger = { info(obj: unknown, msg?: string): void; warn(obj: unknown, msg?: string): void };

export type PgListenerOptions = {
  url: string;
  /** All on one connection: PostgreSQL then delivers them in commit order, across channels. */
  channels: readonly string[];
  logger: Logger;
  /** Reconnect delays double from minMs to maxMs. */
  backoff?: { minMs: number; maxMs: number };
  /** A `select 1` this often proves the connection alive; TCP keepalive alone takes minutes to notice a dead peer. */
  healthCheckMs?: number;
};

const HEALTH_TIMEOUT_MS = 5_000;

/**
 * One dedicated connection per instance that LISTENs (a pooled connection would be handed to other
 * queries and its LISTEN lost). When it drops it reconnects with backoff, then reports onResumed so
 * the hub can re-read what was committed while nobody was listening.
 */
export class PgListener implements NotificationSource {
  readonly canMiss = true;
  private client: pg.Client | null = null;
  private handlers: NotificationHandlers | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: PgListenerOptions) {
    for (const channel of options.channels)
      if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
  }

  get listening() {
    return this.client !== null;
  }

  /** Connects once; failing here fails start-up, since the database was just reachable for migrations. */
  async start(handlers: NotificationHandlers): Promise<void> {
    this.handlers = handlers;
    this.stopped = false;
    await this.connect();
    this.healthTimer = setInterval(
      () => void this.checkHealth(),
      this.options.healthCheckMs ?? 30_000,
    );
    this.healthTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearInterval(this.healthTimer);
    const client = this.client;
    this.client = null;
    if (client) await endQuietly(client);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: 'leeway-event-hub',
      keepAlive: true,
    });
    // pg emits 'error' on the client for a broken connection; unhandled, it would crash the process.
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (this.options.channels.includes(message.channel) && message.payload)
        this.handlers?.onNotify(message.channel, message.payload);
    });
    try {
      await client.connect();
      for (const channel of this.options.channels) await client.query(`listen ${channel}`);
    } catch (err) {
      await endQuietly(client);
      throw err;
    }
    if (this.stopped) {
      await endQuietly(client);
      return;
    }
    this.client = client;
  }

  private lost(client: pg.Client, err?: Error): void {
    if (client !== this.client || this.stopped) return;
    this.client = null;
    this.options.logger.warn({ err }, 'event listener connection lost; reconnecting');
    void endQuietly(client);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const { minMs, maxMs } = this.options.backoff ?? { minMs: 100, maxMs: 10_000 };
    const delay = Math.min(maxMs, minMs * 2 ** this.attempt) * (0.75 + Math.random() / 2);
    this.attempt++;
    this.retryTimer = setTimeout(async () => {
      try {
        await this.connect();
      } catch (err) {
        this.options.logger.warn(
          { err, attempt: this.attempt },
          'event listener could not reconnect',
        );
        if (!this.stopped) this.scheduleReconnect();
        return;
      }
      if (this.stopped || !this.client) return;
      this.attempt = 0;
      this.options.logger.info({}, 'event listener reconnected');
      this.handlers?.onResumed();
    }, delay);
  }

  private async checkHealth(): Promise<void> {
    const client = this.client;
    if (!client) return;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('select 1'),
        new Promise(
          (_, reject) =>
            (timer = setTimeout(
              () => reject(new Error('health check timed out')),
              HEALTH_TIMEOUT_MS,
            )),
        ),
      ]);
    } catch (err) {
      this.lost(client, err instanceof Error ? err : new Error(String(err)));
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Ends a client without waiting forever on a dead socket. */
async function endQuietly(client: pg.Client): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    client.end().catch(() => undefined),
    new Promise((resolve) => (timer = setTimeout(resolve, 2_000))),
  ]);
  clearTimeout(timer);
}
