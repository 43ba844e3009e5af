import { ConfigError } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/data-dir-lock.ts';
import { AppError } from '../server/errors.ts';
import { UsageError, type Command } from './command.ts';
import { createOrganizationCommand } from './commands/create-organization.ts';
import { createTokenCommand } from './commands/create-token.ts';
import { createUserCommand } from './commands/create-user.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { ledgerCommand } from './commands/ledger.ts';
import { migrateCommand } from './commands/migrate.ts';
import { pruneCommand } from './commands/prune.ts';
import { seedCommand } from './commands/seed.ts';

const commands: Record<string, Command> = {
  migrate: migrateCommand,
  seed: seedCommand,
  'create-organization': createOrganizationCommand,
  'create-user': createUserCommand,
  'create-token': createTokenCommand,
  ledger: ledgerCommand,
  export: exportCommand,
  import: importCommand,
  prune: pruneCommand,
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`);
  return [
    'Usage: leeway <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'The database is the embedded one in DATA_DIR (default ./data), or DATABASE_URL when set.',
    "Run `leeway <command> --help` for a command's options.",
  ].join('\n');
}

/** Exit codes: 0 done, 1 failed, 2 wrong usage, 75 DATA_DIR held by another process (try later), 78 bad configuration. */
export async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(`Usage: leeway ${name} ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\nUsage: leeway ${name} ${command.usage}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78;
    }
    if (error instanceof DataDirLockedError) {
      console.error(`leeway ${name}: ${error.message}`);
      return 75; // EX_TEMPFAIL
    }
    console.error(
      `leeway ${name}: ${error instanceof AppError || error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}
