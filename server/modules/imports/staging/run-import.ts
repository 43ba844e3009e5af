import { sql, type Transaction } from 'kysely';

import type { DatabaseHandle } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { readCsv } from '../rows/read-csv.ts';
import type { ImportKind, ImportRowError } from '../tables.ts';
import { customersKind } from './customers-kind.ts';
import { withImportConnection, type ImportConnection } from './import-connection.ts';
import type {
  CheckResult,
  Counts,
  ImportKindHandler,
  KindContext,
  KindRun,
} from './import-kind.ts';
import { ordersKind } from './orders-kind.ts';
import { peopleKind } from './people-kind.ts';

/** Errors kept in the report; errorCount still counts every one. */
export const MAX_REPORTED_ERRORS = 1_000;
const PROGRESS_EVERY = 10_000;

export const importKinds: Record<ImportKind, ImportKindHandler> = {
  people: peopleKind,
  customers: customersKind,
  orders: ordersKind,
};

export type ImportReport = CheckResult & { rows: number };

type RunOptions = {
  database: DatabaseHandle;
  organizationId: string;
  kind: ImportKind;
  importId: string;
  filePath: string;
  actorId: string | null;
  now: Date;
  onProgress?: ((rowsRead: number) => void) | undefined;
};

/** The staging table of one import's rows (schema import_staging, migration 20261203130100). */
export function stageTableOf(importId: string): string {
  return `import_staging.rows_${importId.replace(/-/g, '')}`;
}

/**
 * The dry run: reads the file once, streaming, through its kind's rules into a staging table, lets
 * the database check what needs the organization's data, and records the report with `record` in
 * the same transaction. Nothing reaches the people, customers or orders. Rows that passed stay
 * staged for the apply; a file with bad rows keeps none (it cannot be applied).
 */
export async function checkImportFile(
  options: RunOptions & { record(trx: Transaction<Database>, report: ImportReport): Promise<void> },
): Promise<ImportReport> {
  const handler = importKinds[options.kind];
  const currency = await currencyOf(options);
  return withImportConnection(options.database, async (connection) => {
    const run = await handler.start(contextOf(options, connection, currency), {
      table: stageTableOf(options.importId),
      fresh: true,
    });
    const report = await readAndCheck(options, handler, run);
    if (handler.keepsRows && report.errorCount > 0)
      await sql`drop table ${sql.raw(stageTableOf(options.importId))}`.execute(connection.trx);
    await options.record(connection.trx, report);
    return report;
  });
}

class NotApplied extends Error {
  constructor(readonly report: ImportReport) {
    super('rows no longer pass: rolled back');
  }
}

/**
 * The apply, in one transaction: `begin` (lock the import), the checks again on the staged rows
 * (or the file, for a kind that keeps none), the writes, then `applied` (the import's row, the
 * ledger). Rows that no longer pass roll it all back and come back as the report. So a file applies
 * whole or not at all; a process killed half-way leaves the dry run as it was, to apply again.
 */
export async function applyImportRows(
  options: RunOptions & {
    stagedRows: number;
    begin(trx: Transaction<Database>): Promise<void>;
    applied(trx: Transaction<Database>, report: ImportReport & Counts): Promise<void>;
  },
): Promise<{ report: ImportReport; applied: boolean }> {
  const handler = importKinds[options.kind];
  const currency = await currencyOf(options);
  const table = stageTableOf(options.importId);
  try {
    return await withImportConnection(options.database, async (connection) => {
      await options.begin(connection.trx);
      const run = await handler.start(contextOf(options, connection, currency), {
        table,
        fresh: false,
      });
      let report: ImportReport;
      if (handler.keepsRows) {
        await checkStaged(connection, table, options.stagedRows);
        options.onProgress?.(options.stagedRows);
        report = { ...(await run.check(MAX_REPORTED_ERRORS, false)), rows: options.stagedRows };
      } else {
        report = await readAndCheck(options, handler, run);
      }
      if (report.errorCount > 0) throw new NotApplied(report);
      const counts = await run.apply();
      if (handler.keepsRows) await sql`drop table ${sql.raw(table)}`.execute(connection.trx);
      await options.applied(connection.trx, { ...report, ...counts });
      return { report: { ...report, ...counts }, applied: true };
    });
  } catch (error) {
    if (error instanceof NotApplied) return { report: error.report, applied: false };
    throw error;
  }
}

async function checkStaged(connection: ImportConnection, table: string, expected: number) {
  const exists = await sql<{
    name: string | null;
  }>`select to_regclass(${table})::text as name`.execute(connection.trx);
  const rows = exists.rows[0]?.name
    ? Number(
        (
          await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(table)}`.execute(
            connection.trx,
          )
        ).rows[0]!.n,
      )
    : -1;
  if (rows !== expected)
    throw new AppError(
      'conflict',
      "This dry run's rows are no longer staged: upload the file again",
    );
}

async function readAndCheck(
  options: RunOptions,
  handler: ImportKindHandler,
  run: KindRun,
): Promise<ImportReport> {
  const cellErrors: ImportRowError[] = [];
  let cellErrorCount = 0;
  let rows = 0;
  for await (const line of readCsv(options.filePath, handler.columns)) {
    const errors = line.error ? [line.error] : await run.add(line.line, line.record);
    if (line.record && ++rows % PROGRESS_EVERY === 0) options.onProgress?.(rows);
    for (const error of errors ?? []) {
      cellErrorCount++;
      if (cellErrors.length < MAX_REPORTED_ERRORS) cellErrors.push({ line: line.line, ...error });
    }
  }
  options.onProgress?.(rows);
  const checked = await run.check(MAX_REPORTED_ERRORS, true);
  return {
    ...checked,
    rows,
    errors: [...cellErrors, ...checked.errors]
      .sort((a, b) => a.line - b.line)
      .slice(0, MAX_REPORTED_ERRORS),
    errorCount: cellErrorCount + checked.errorCount,
  };
}

function contextOf(
  options: RunOptions,
  connection: ImportConnection,
  currency: string,
): KindContext {
  return {
    connection,
    importId: options.importId,
    organizationId: options.organizationId,
    currency,
    actorId: options.actorId,
    now: options.now,
  };
}

async function currencyOf(options: RunOptions): Promise<string> {
  const org = await options.database.db
    .selectFrom('organizations')
    .select('currency')
    .where('id', '=', options.organizationId)
    .executeTakeFirstOrThrow();
  return org.currency;
}
