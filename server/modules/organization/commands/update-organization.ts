import type { Db } from '../../../db/database.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { databaseTimeZone } from '../database-time-zone.ts';

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
    certificationGraceDays?: number | undefined;
  };
}): Promise<void> {
  const { name, vision, certificationGraceDays } = options.changes;
  const timeZone =
    options.changes.timeZone === undefined
      ? undefined
      : await databaseTimeZone(options.db, options.changes.timeZone);
  await options.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('organizations')
      .select(['timeZone', 'certificationGraceDays'])
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
        ...(certificationGraceDays !== undefined && { certificationGraceDays }),
      })
      .where('id', '=', options.organizationId)
      .execute();
    // A longer grace lets expired certificates keep granting, so it is recorded like the time zone.
    if (
      certificationGraceDays !== undefined &&
      certificationGraceDays !== before.certificationGraceDays
    ) {
      await appendLedgerEntries(trx, options.organizationId, [
        {
          kind: 'organization.certification_grace_changed',
          at: options.now,
          actorId: options.actorId,
          data: { before: before.certificationGraceDays, after: certificationGraceDays },
        },
      ]);
    }
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
