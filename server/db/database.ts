import fs from 'node:fs/promises';

import type { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

import { lockDataDir } from './data-dir-lock.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import { preparedStatementPool } from './prepared-statements.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

export type DatabaseHandle = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The embedded engine, when kind is pglite (for LISTEN-free in-process fan-out and dumps). */
  pglite?: PGlite;
  /** The connection string, when kind is postgres (a LISTEN connection is opened from it). */
  url?: string;
  close(): Promise<void>;
};

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** bigint columns hold minor units and counts well inside 2^53; JSON and arithmetic want numbers. */
const toNumber = (value: string) => Number(value);

export type OpenOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; onIdleError?: (error: Error) => void }
  /** holder: who the folder's lock names to a refused second opener ("server", "leeway migrate"). */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob; holder?: string };

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID || oid === NUMERIC_OID
            ? toNumber
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server drops (restart, failover, a proxy's time-out) must not crash the
    // process: the pool replaces it on the next checkout.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: preparedStatementPool(pool) }),
      plugins: [new CamelCasePlugin()],
    });
    return { db, kind: 'postgres', url: options.url, close: () => db.destroy() };
  }
  if (options.dataDir) await fs.mkdir(options.dataDir, { recursive: true });
  // A folder is one process's database (see data-dir-lock.ts); an in-memory one is nobody else's.
  const lock = options.dataDir
    ? await lockDataDir(options.dataDir, options.holder ?? 'a Leeway process')
    : undefined;
  let pglite: PGlite;
  try {
    // Loaded only for the embedded engine: on PostgreSQL a CLI process is ~35 MB smaller without it.
    const [{ PGlite }, { pg_trgm }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('@electric-sql/pglite/contrib/pg_trgm'),
    ]);
    pglite = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
      // The knowledge base's typo-tolerant search (migration 20261205100000) needs trigrams.
      extensions: { pg_trgm },
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = new Kysely<Database>({
    dialect: new PGliteDialect(pglite),
    plugins: [new CamelCasePlugin()],
  });
  embedded.add(db);
  const close = async () => {
    try {
      await db.destroy();
      // Kysely skips the driver's destroy when no query ever ran; the engine must still be released.
      if (!pglite.closed) await pglite.close();
    } finally {
      lock?.release();
    }
  };
  return { db, kind: 'pglite', pglite, close };
}

const embedded = new WeakSet<Db>();

/**
 * Whether a database is the embedded engine: one process owns it (data-dir-lock.ts) and its
 * statements run one at a time, which some callers plan for (knowledge search ranks in memory).
 */
export function isEmbedded(db: Db): boolean {
  return embedded.has(db);
}
