import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';

import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { openDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest, migrationStatus } from './db/migrate.ts';
import type { ApiApp } from './http/api-app.ts';
import { buildApp } from './http/app.ts';
import { startEscalationTimer } from './modules/approvals/escalation-timer.ts';
import { startHousekeepingTimer } from './modules/housekeeping/housekeeping-timer.ts';
import { importUploadDir } from './modules/imports/upload-dir.ts';
import { EventHub } from './realtime/event-hub.ts';

/** holder names this process in DATA_DIR's lock: "server", or the CLI command. */
export function openConfiguredDatabase(
  config: Config,
  logger?: FastifyBaseLogger,
  holder = 'server',
): Promise<DatabaseHandle> {
  return config.databaseUrl
    ? openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        poolSize: config.databasePoolSize,
        onIdleError: (err) => logger?.warn({ err }, 'an idle database connection was dropped'),
      })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir, holder });
}

/**
 * The embedded database belongs to this process alone, so it is migrated here. A shared PostgreSQL is
 * migrated by a deploy step (`leeway migrate`), never by whichever instance boots first.
 */
export async function prepareSchema(database: DatabaseHandle): Promise<string[]> {
  if (database.kind === 'pglite') return migrateToLatest(database.db);
  const { pending } = await migrationStatus(database.db);
  if (pending.length > 0) {
    throw new Error(
      `The database has ${pending.length} pending migration(s) (${pending.join(', ')}). Run \`leeway migrate\` first.`,
    );
  }
  return [];
}

export type RunningServer = { app: ApiApp; ctx: AppContext; url: string; close(): Promise<void> };

/** Builds and listens; the caller owns the database handle's preparation (schema, demo data). */
export async function startServer(options: {
  config: Config;
  database: DatabaseHandle;
  logger: FastifyBaseLogger | boolean;
  now?: () => Date;
}): Promise<RunningServer> {
  const { config, database } = options;
  const now = options.now ?? (() => new Date());
  const hubLogger =
    typeof options.logger === 'object'
      ? options.logger
      : pino({ level: options.logger ? config.logLevel : 'silent' });
  const events = new EventHub({ database, logger: hubLogger.child({ module: 'events' }), now });
  await events.start();
  const ctx: AppContext = { config, database, db: database.db, now, events };
  const app = await buildApp({ ctx, logger: options.logger });
  await app.listen({ port: config.port, host: config.host });
  const escalations = startEscalationTimer({
    db: database.db,
    now,
    logger: hubLogger.child({ module: 'escalations' }),
  });
  const housekeeping = startHousekeepingTimer({
    db: database.db,
    now,
    eventRetentionDays: config.eventRetentionDays,
    loginWindowMinutes: config.loginWindowMinutes,
    importDryRunRetentionHours: config.importDryRunRetentionHours,
    importUploadDir: importUploadDir(config),
    logger: hubLogger.child({ module: 'housekeeping' }),
  });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    app,
    ctx,
    url: `http://${host}:${port}`,
    close: async () => {
      await Promise.all([escalations.stop(), housekeeping.stop()]);
      await app.close();
      await events.stop();
      await database.close();
    },
  };
}
