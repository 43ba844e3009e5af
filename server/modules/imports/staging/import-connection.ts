import { once } from 'node:events';

import { CamelCasePlugin, Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import type { DatabaseHandle } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';

export type StageValue = string | number | boolean | Date | null | object;
/** Rows into a staging table, in batches: COPY on PostgreSQL, multi-row inserts on PGlite. */
export type StageWriter = { write(row: StageValue[]): Promise<void>; end(): Promise<void> };
export type ImportConnection = {
  trx: Transaction<Database>;
  /** A writer into a new staging table (`schema.name`); columns as `name type`. */
  stage(table: string, columns: ReadonlyArray<readonly [string, string]>): Promise<StageWriter>;
};

const INT8_OID = 20;
const PGLITE_BATCH = 2_000;
const COPY_CHUNK = 1 << 20;

/**
 * Runs `work` in one transaction that holds a connection of its own. On PostgreSQL that is a fresh
 * client (COPY needs the raw connection; the pool's stay free for the server's requests), with
 * Kysely over it so the commands and the ledger run in the same transaction.
 */
export async function withImportConnection<T>(
  database: DatabaseHandle,
  work: (connection: ImportConnection) => Promise<T>,
): Promise<T> {
  if (database.kind === 'pglite')
    return database.db.transaction().execute((trx) => work({ trx, stage: pgliteStage(trx) }));
  const client = new pg.Client({
    connectionString: database.url,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  await client.connect();
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => Object.assign(client, { release: () => {} }),
        end: async () => {},
      },
    }),
    plugins: [new CamelCasePlugin()],
  });
  try {
    return await db.transaction().execute(async (trx) => {
      // Hashing a million customers against the staged rows, and the dry run's duplicate group-bys,
      // spill to temporary files in the default 4 MB; one import at a time may take more, this
      // transaction only.
      await sql`set local work_mem = '128MB'`.execute(trx);
      return work({ trx, stage: copyStage(trx, client) });
    });
  } finally {
    await db.destroy();
    await client.end();
  }
}

function createStage(
  trx: Transaction<Database>,
  table: string,
  columns: ReadonlyArray<readonly [string, string]>,
) {
  return sql
    .raw(`create table ${table} (${columns.map(([n, t]) => `${n} ${t}`).join(', ')})`)
    .execute(trx);
}

function pgliteStage(trx: Transaction<Database>): ImportConnection['stage'] {
  return async (table, columns) => {
    await createStage(trx, table, columns);
    let batch: StageValue[][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const arrays = columns.map((_, i) => batch.map((row) => asText(row[i]!)));
      batch = [];
      // Every column travels as text[] and is cast by the table: one statement per batch, any width.
      const casts = sql.raw(columns.map(([n, t]) => `u.${n}::${t}`).join(', '));
      await sql`insert into ${sql.raw(table)} select ${casts} from unnest(${sql.join(
        arrays.map((values) => sql`${values}::text[]`),
      )}) as u(${sql.raw(columns.map(([n]) => n).join(', '))})`.execute(trx);
    };
    return {
      write: async (row) => {
        batch.push(row);
        if (batch.length >= PGLITE_BATCH) await flush();
      },
      end: flush,
    };
  };
}

function copyStage(trx: Transaction<Database>, client: pg.Client): ImportConnection['stage'] {
  return async (table, columns) => {
    await createStage(trx, table, columns);
    const stream = client.query(
      copyFrom(`copy ${table} (${columns.map(([n]) => n).join(', ')}) from stdin`),
    );
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', resolve);
      stream.on('error', reject);
    });
    let chunk = '';
    const flush = async () => {
      if (chunk === '') return;
      const ok = stream.write(chunk);
      chunk = '';
      if (!ok) await Promise.race([once(stream, 'drain'), done]);
    };
    return {
      write: async (row) => {
        chunk += row.map(copyText).join('\t') + '\n';
        if (chunk.length >= COPY_CHUNK) await flush();
      },
      end: async () => {
        await flush();
        stream.end();
        await done;
      },
    };
  };
}

function asText(value: StageValue): string | null {
  if (value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** COPY's text format: \N is null; backslash, tab, newline and carriage return are escaped. */
function copyText(value: StageValue): string {
  const text = asText(value);
  if (text === null) return '\\N';
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
