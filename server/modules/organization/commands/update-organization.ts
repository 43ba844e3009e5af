import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';

export async function updateOrganization(options: {
  db: Db;
  organizationId: string;
  /** Who changes it; null for the operator (CLI) or an integration. */
  actorId: string | null;
  now: Date;
  changes: {
    name?: string | undefined;
    vision?: string | undefined;
    timeZone?: string | undefined;
  };
}): Promise<void> {
  const { name, vision } = options.changes;
  const timeZone =
    options.changes.timeZone === undefined
      ? undefined
      : await databaseTimeZone(options.db, options.changes.timeZone);
  await options.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('organizations')
      .select('timeZone')
      .where('id', '=', options.organizationId)
      // No key update: two changes take turns, while the inserts that reference the row go on.
      .forNoKeyUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('organizations')
      .set({
        ...(name !== undefined && { name }),
        ...(vision !== undefined && { vision }),
        ...(timeZone !== undefined && { timeZone }),
      })
      .where('id', '=', options.organizationId)
      .execute();
    if (timeZone !== undefined && timeZone !== before.timeZone) {
      await appendLedgerEntries(trx, options.organizationId, [
        {
          kind: 'organization.time_zone_changed',
          at: options.now,
          actorId: options.actorId,
          data: { before: before.timeZone, after: timeZone },
        },
      ]);
    }
  });
}

/**
 * The zone as the database names it. The database works out the local day of every budget
 * (person_daily_usage), so a zone Node's calendar accepts but the database's does not would stop
 * every decision; "europe/paris" is stored as "Europe/Paris".
 */
async function databaseTimeZone(db: Db, timeZone: string): Promise<string> {
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
