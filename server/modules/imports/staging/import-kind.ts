import type { CellError } from '../rows/cells.ts';
import type { ImportRowError } from '../tables.ts';
import type { ImportConnection } from './import-connection.ts';

export type Counts = { created: number; updated: number; unchanged: number };
export type CheckResult = Counts & { errors: ImportRowError[]; errorCount: number };

export type KindContext = {
  connection: ImportConnection;
  importId: string;
  organizationId: string;
  currency: string;
  /** Who imports: an admin, or null for the operator (the CLI). */
  actorId: string | null;
  now: Date;
};

/** One file's rows of one kind, inside the import's transaction. */
export type KindRun = {
  /** Reads one line's cells and stages it; the cells' errors, or none. */
  add(line: number, record: Record<string, string>): Promise<CellError[] | null>;
  /**
   * After the last line: what the database finds wrong (the first `limit`, in line order). With
   * `dryRun`, also the file's own rules (a key once per file), which the apply's staged rows cannot
   * have broken since, and what applying would create, change and leave (the apply counts as it
   * writes); without, only what the organization may have changed.
   */
  check(limit: number, dryRun: boolean): Promise<CheckResult>;
  /** Writes what check counted; only called when nothing was wrong. */
  apply(): Promise<Counts>;
};

/** Where a kind keeps a dry run's rows for the apply; fresh: created now, filled from the file. */
export type StageTable = { table: string; fresh: boolean };

export type ImportKindHandler = {
  columns: readonly string[];
  /**
   * True: the dry run's checked rows stay staged and the apply reads them (the file is read once);
   * false: the apply reads the file again.
   */
  keepsRows: boolean;
  start(context: KindContext, stage: StageTable): Promise<KindRun>;
};

/** Rows of `line, column, message, total` (total: every error, before the limit) to a result. */
export function errorsOf(
  rows: Array<{ line: number; column: string; message: string; total: number }>,
): {
  errors: ImportRowError[];
  errorCount: number;
} {
  return {
    errors: rows.map(({ line, column, message }) => ({ line, column, message })),
    errorCount: rows[0]?.total ?? 0,
  };
}
