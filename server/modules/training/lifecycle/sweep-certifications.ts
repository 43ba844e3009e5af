import { sql, type Transaction } from 'kysely';

import type { Db } from '../../../db/database.ts';
import type { Database } from '../../../db/schema.ts';
import type { KnowledgeLicence } from '../../knowledge/tables.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';
import { withdrawCertifiedLicence } from './certified-licence.ts';

const BATCH = 200;

type Claimed = {
  id: string;
  organizationId: string;
  personId: string;
  certification: string;
  expiresAt: Date;
  grantedLicence: KnowledgeLicence | null;
  licenceBefore: KnowledgeLicence | null;
};

/**
 * The housekeeping sweep's part of the certification lifecycle (migration 20261207200000):
 *
 * - a certificate past its expiry plus its organization's grace, not revoked and not yet recorded,
 *   gets one `training.certification_expired` ledger entry, a live `training.certification_changed`
 *   to its holder (whose workspace refetches its limits) and loses the licence it granted;
 * - one inside its catalogue's recertification window before expiry gets one reminder, a live
 *   `training.renewal_due`.
 *
 * Each is claimed by a conditional update of its column (rows taken FOR UPDATE SKIP LOCKED), in the
 * transaction of its event and entry, so however often the sweep runs, on however many instances, a
 * lapse is ledgered once and a window reminds once. A renewal is a new row: a new window. Decisions
 * never wait for this sweep: they read validity at their own time (held_certifications).
 */
export async function sweepCertifications(options: {
  db: Db;
  now: Date;
}): Promise<{ lapsed: number; reminded: number }> {
  let lapsed = 0;
  for (;;) {
    const done = await options.db.transaction().execute((trx) => lapseBatch(trx, options.now));
    lapsed += done;
    if (done < BATCH) break;
  }
  let reminded = 0;
  for (;;) {
    const done = await options.db.transaction().execute((trx) => remindBatch(trx, options.now));
    reminded += done;
    if (done < BATCH) break;
  }
  return { lapsed, reminded };
}

async function lapseBatch(trx: Transaction<Database>, now: Date): Promise<number> {
  const at = now.toISOString();
  const claimed = await sql<Claimed>`
    update person_certifications c set lapse_recorded_at = ${at}::timestamptz
    where c.id in (
      select c.id from person_certifications c
      join organizations o on o.id = c.organization_id
      where c.revoked_at is null and c.expires_at is not null and c.lapse_recorded_at is null
        and c.expires_at + make_interval(days => o.certification_grace_days) <= ${at}::timestamptz
      order by c.expires_at limit ${BATCH}
      for update of c skip locked)
    returning c.id, c.organization_id, c.person_id, c.certification, c.expires_at,
      c.granted_licence, c.licence_before`.execute(trx);
  // One ledger append per organization: each has its own chain.
  const byOrganization = new Map<string, Claimed[]>();
  for (const row of claimed.rows)
    byOrganization.set(row.organizationId, [
      ...(byOrganization.get(row.organizationId) ?? []),
      row,
    ]);
  for (const [organizationId, rows] of byOrganization) {
    const entries = [];
    for (const row of rows) {
      entries.push({
        kind: 'training.certification_expired' as const,
        at: now,
        actorId: null,
        data: {
          personId: row.personId,
          certification: row.certification,
          certificationId: row.id,
          expiresAt: new Date(row.expiresAt).toISOString(),
        },
      });
      entries.push(
        ...(await withdrawCertifiedLicence(trx, {
          organizationId,
          personId: row.personId,
          certification: row.certification,
          granted: row,
          actorId: null,
          now,
          change: 'expired',
        })),
      );
    }
    await writeEventsAndLedger(trx, {
      events: rows.map((row) => ({
        organizationId,
        recipientId: row.personId,
        type: 'training.certification_changed' as const,
        data: { certificationKey: row.certification, change: 'expired' as const },
      })),
      ledger: { organizationId, entries },
    });
  }
  return claimed.rows.length;
}

async function remindBatch(trx: Transaction<Database>, now: Date): Promise<number> {
  const at = now.toISOString();
  const claimed = await sql<Claimed & { title: string }>`
    update person_certifications c set renewal_reminded_at = ${at}::timestamptz
    from training_certifications t
    where t.organization_id = c.organization_id and t.key = c.certification
      and c.id in (
        select c.id from person_certifications c
        join training_certifications t on t.organization_id = c.organization_id and t.key = c.certification
        where c.revoked_at is null and c.renewal_reminded_at is null and c.lapse_recorded_at is null
          and c.expires_at > ${at}::timestamptz
          and c.expires_at - make_interval(days => t.recert_window_days) <= ${at}::timestamptz
        order by c.expires_at limit ${BATCH}
        for update of c skip locked)
    returning c.id, c.organization_id, c.person_id, c.certification, c.expires_at, t.title`.execute(
    trx,
  );
  if (claimed.rows.length === 0) return 0;
  await writeEventsAndLedger(trx, {
    events: claimed.rows.map((row) => ({
      organizationId: row.organizationId,
      recipientId: row.personId,
      type: 'training.renewal_due' as const,
      data: {
        certificationId: row.id,
        certificationKey: row.certification,
        title: row.title,
        renewBy: new Date(row.expiresAt).toISOString(),
      },
    })),
  });
  return claimed.rows.length;
}
