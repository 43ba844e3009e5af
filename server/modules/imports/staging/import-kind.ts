import type { CellError } from '../rows/cells.ts';
import type { ImportRowError } from '../tables.ts';
import type { ImportConnection } from './import-connection.ts';

export type Counts = { created: number; updated: number; unchanged: number };
export type CheckResult = Counts & { errors: ImportRowError[]; errorCount: number };

export type KindContext = {
  connection: ImportConnection;
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
  /** After the last line: what the database finds wrong (the first `limit`, in line order) and the counts. */
  check(limit: number): Promise<CheckResult>;
  /** Writes what check counted; only called when nothing was wrong. */
  apply(): Promise<Counts>;
};

export type ImportKindHandler = {
  columns: readonly string[];
  start(context: KindContext): Promise<KindRun>;
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
