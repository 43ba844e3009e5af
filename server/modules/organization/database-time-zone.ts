import { sql } from 'kysely';

import type { Db } from '../../db/database.ts';
import { AppError } from '../../errors.ts';

/**
 * The zone as the database names it. The database works out the local day of every budget
 * (person_daily_usage), so a zone Node's calendar accepts but the database's does not would stop
 * every decision; "europe/paris" is stored as "Europe/Paris".
 */
export async function databaseTimeZone(db: Db, timeZone: string): Promise<string> {
  const { rows } = await sql<{
    name: string;
  }>`select name from pg_timezone_names where lower(name) = lower(${timeZone}) order by name = ${timeZone} desc limit 1`.execute(
    db,
  );
  if (!rows[0])
    throw AppError.invalid(
      'timeZone',
      `"${timeZone}" is not a time zone the database knows; use an IANA name such as Europe/Paris`,
    );
  return rows[0].name;
}
