import pino from 'pino';

import { openConfiguredDatabase, prepareSchema, startServer } from './boot.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { DataDirLockedError } from './db/data-dir-lock.ts';
import { seedDemo } from './modules/demo/seed-demo.ts';
import { isSetupOpen } from './modules/organization/queries/is-setup-open.ts';
import { setupLink } from './modules/organization/setup-link.ts';

/** Composition root: config → database → schema → demo data → HTTP. */
async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = pino({ level: config.logLevel });
  const started = Date.now();
  const database = await openConfiguredDatabase(config, logger);
  const applied = await prepareSchema(database);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');

  const demo =
    database.kind === 'pglite' && config.seedDemo
      ? await seedDemo({ db: database.db, now: new Date() })
      : null;
  const setupOpen = await isSetupOpen({ db: database.db });
  const server = await startServer({ config, database, logger });

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const where =
    database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nLeeway is ready at ${server.url}  (${where}, ${Date.now() - started} ms)`);
  // For the operator's eyes: the token rides in the fragment, which no request or Referer carries.
  if (setupOpen) {
    const origin = config.publicUrlSet ? config.publicUrl : server.url;
    console.log(`First-run setup: ${setupLink(origin, config.setupToken)}`);
  }
  console.log(`API documentation: ${server.url}/api/docs`);
  if (demo) {
    console.log(
      `\nDemo logins for ${demo.organizationName} (password for all: ${demo.logins[0]?.password ?? ''}):`,
    );
    for (const login of demo.logins)
      console.log(
        `  ${login.email.padEnd(32)} ${login.name} — ${[login.levelName, roleLabel(login.role)].filter(Boolean).join(', ')}`,
      );
  }
}

function roleLabel(role: string): string {
  return role === 'team_leader' ? 'team leader' : role;
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError) {
    console.error(`Leeway could not start: ${error.message}`);
    process.exit(75); // EX_TEMPFAIL, as the CLI
  }
  console.error(error instanceof Error ? `Leeway could not start: ${error.message}` : error);
  process.exit(1);
});
