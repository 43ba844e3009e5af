import type { Config } from './config.ts';
import type { DatabaseHandle, Db } from './db/database.ts';
import type { EventHub } from './realtime/event-hub.ts';

/** What the composition root hands to routes and commands; built once in server/main.ts. */
export type AppContext = {
  config: Config;
  database: DatabaseHandle;
  db: Db;
  /** Injected so tests can move time (session expiry, rate-limit windows, approval time-outs). */
  now: () => Date;
  /** Live events for the people connected to this instance (server/realtime). */
  events: EventHub;
};
