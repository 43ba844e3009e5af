import { parseArgs, type ParseArgsConfig } from 'node:util';

import { openConfiguredDatabase } from '../server/boot.ts';
import { loadConfig } from '../server/config.ts';
import type { DatabaseHandle } from '../server/db/database.ts';

export type Command = { summary: string; usage: string; run(argv: string[]): Promise<number> };

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, with its errors turned into usage errors (exit code 2). */
export function parseFlags<T extends Options>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function required(values: Record<string, unknown>, ...names: string[]): void {
  const missing = names.filter((n) => values[n] === undefined || values[n] === '');
  if (missing.length > 0)
    throw new UsageError(`Missing ${missing.map((n) => `--${n}`).join(', ')}`);
}

/**
 * Opens the configured database for one command and always closes it. The embedded one is refused
 * (DataDirLockedError, exit code 75) while a server or another command holds DATA_DIR.
 */
export async function withDatabase<T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(
    loadConfig(),
    undefined,
    `leeway ${process.argv[2] ?? ''}`.trim(),
  );
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Everything on standard input, without the final newline (for a piped password). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new UsageError(
      'Pipe the password on standard input, e.g. `printf %s "$PASSWORD" | leeway create-user …`',
    );
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}
