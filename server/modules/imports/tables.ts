import type { ColumnType, Generated, Selectable } from 'kysely';

import type { CreatedAt, Json } from '../../db/columns.ts';

export type ImportKind = 'people' | 'customers' | 'orders';
export type ImportStatus = 'dry_run' | 'applied' | 'expired';
export type ImportRowError = { line: number; column: string; message: string };

/**
 * One uploaded file and what checking it found. The file itself stays on disk (`filePath`) until it
 * is applied: the database keeps the report, never the rows.
 */
export interface ImportsTable {
  id: Generated<string>;
  organizationId: string;
  kind: ImportKind;
  status: Generated<ImportStatus>;
  fileName: string;
  filePath: string;
  fileSha256: string;
  fileBytes: number;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  /** The first errors found (at most MAX_REPORTED_ERRORS), in line order. */
  errors: Json<ImportRowError[]>;
  createdBy: string | null;
  createdAt: CreatedAt;
  appliedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  appliedBy: string | null;
  /** When housekeeping removed an unapplied dry run's rows and file (migration 20261204110100). */
  expiredAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Who an applied people import named (migration 20261203150000): whom its invite-all may invite. */
export interface ImportPeopleTable {
  importId: string;
  personId: string;
}

export interface ImportTables {
  imports: ImportsTable;
  importPeople: ImportPeopleTable;
}

export type ImportRecord = Selectable<ImportsTable>;
