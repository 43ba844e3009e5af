import type { Transaction } from 'kysely';

import type { DatabaseHandle } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import { readCsv } from '../rows/read-csv.ts';
import type { ImportKind, ImportRowError } from '../tables.ts';
import { customersKind } from './customers-kind.ts';
import { withImportConnection } from './import-connection.ts';
import type { CheckResult, Counts, ImportKindHandler } from './import-kind.ts';
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

export type RunImportOptions = {
  database: DatabaseHandle;
  organizationId: string;
  kind: ImportKind;
  filePath: string;
  actorId: string | null;
  now: Date;
  onProgress?: (rowsRead: number) => void;
  /**
   * Given, the rows are written when nothing is wrong, and `applied` runs last in the same
   * transaction (the import's own row, the ledger); without it, a dry run: nothing is kept.
   */
  apply?: {
    /** First in the transaction: lock the import, refuse if it is applied already. */
    begin(trx: Transaction<Database>): Promise<void>;
    applied(trx: Transaction<Database>, report: ImportReport & Counts): Promise<void>;
  };
};

class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run: rolled back');
  }
}

/**
 * Reads the file once, streaming, through its kind's rules and into a staging table, then lets the
 * database check what needs the organization's data. A dry run and an apply run the same steps in
 * one transaction: the dry run rolls it back, the apply commits it only when no row is wrong. So a
 * file applies whole or not at all; a process killed half-way leaves nothing but its dry run.
 */
export async function runImport(
  options: RunImportOptions,
): Promise<{ report: ImportReport; applied: boolean }> {
  const handler = importKinds[options.kind];
  const org = await options.database.db
    .selectFrom('organizations')
    .select('currency')
    .where('id', '=', options.organizationId)
    .executeTakeFirstOrThrow();
  try {
    return await withImportConnection(options.database, async (connection) => {
      await options.apply?.begin(connection.trx);
      const run = await handler.start({
        connection,
        organizationId: options.organizationId,
        currency: org.currency,
        actorId: options.actorId,
        now: options.now,
      });
      const cellErrors: ImportRowError[] = [];
      let cellErrorCount = 0;
      let rows = 0;
      for await (const line of readCsv(options.filePath, handler.columns)) {
        const errors = line.error ? [line.error] : await run.add(line.line, line.record);
        if (line.record) rows++;
        if (rows % PROGRESS_EVERY === 0) options.onProgress?.(rows);
        for (const error of errors ?? []) {
          cellErrorCount++;
          if (cellErrors.length < MAX_REPORTED_ERRORS)
            cellErrors.push({ line: line.line, ...error });
        }
      }
      options.onProgress?.(rows);
      const checked = await run.check(MAX_REPORTED_ERRORS);
      const report: ImportReport = {
        ...checked,
        rows,
        errors: mergeByLine(cellErrors, checked.errors).slice(0, MAX_REPORTED_ERRORS),
        errorCount: cellErrorCount + checked.errorCount,
      };
      if (!options.apply || report.errorCount > 0) throw new DryRunDone(report);
      const counts = await run.apply();
      await options.apply.applied(connection.trx, { ...report, ...counts });
      return { report: { ...report, ...counts }, applied: true };
    });
  } catch (error) {
    if (error instanceof DryRunDone) return { report: error.report, applied: false };
    throw error;
  }
}

function mergeByLine(a: ImportRowError[], b: ImportRowError[]): ImportRowError[] {
  return [...a, ...b].sort((x, y) => x.line - y.line);
}
