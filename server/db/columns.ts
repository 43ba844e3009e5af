import type { ColumnType } from 'kysely';

/** Column shapes shared by every module's tables (camelCase in code; the database is snake_case). */

/** Set by the database on insert, never updated. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Set on insert (or defaulted) and on every update. */
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: written as its JSON text, read back parsed. */
export type Json<T> = ColumnType<T, string, string>;
/** A bigint amount in minor units, read as a JS number (safe to 2^53). */
export type MinorUnits = ColumnType<number, number | bigint, number | bigint>;
/** Kept by the database (triggers), never written by the app. */
export type DatabaseKept<T> = ColumnType<T, never, never>;
