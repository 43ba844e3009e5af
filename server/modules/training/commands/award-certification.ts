import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';
import { grantCertifiedLicence } from '../lifecycle/certified-licence.ts';

export type AwardInTransactionOptions = {
  organizationId: string;
  personId: string;
  certificationKey: string;
  source: 'assessment' | 'sign_off';
  /** Who signed it off; null when the person earned it by passing an assessment. */
  awardedBy: string | null;
  attemptId: string | null;
  note: string | null;
  now: Date;
};

/**
 * Writes a certification the person holds from now until now + the catalogue's validity, a ledger
 * entry and a live event to the person (their limits may rise), in the caller's transaction. A
 * certification already in force is extended: its row is revoked as superseded and a new one issued,
 * so the history stays.
 */
export async function awardInTransaction(
  trx: Transaction<Database>,
  options: AwardInTransactionOptions,
) {
  const { organizationId, personId, certificationKey, now } = options;
  const catalogue = await trx
    .selectFrom('trainingCertifications')
    .select(['title', 'description', 'validityMonths', 'grantsLicence'])
    .where('organizationId', '=', organizationId)
    .where('key', '=', certificationKey)
    .executeTakeFirst();
  if (!catalogue) throw AppError.invalid('certificationKey', 'no such certification');
  const expiresAt = new Date(now);
  expiresAt.setUTCMonth(expiresAt.getUTCMonth() + catalogue.validityMonths);
  const superseded = await trx
    .updateTable('personCertifications')
    .set({ revokedAt: now, revokedReason: 'superseded' })
    .where('personId', '=', personId)
    .where('certification', '=', certificationKey)
    .where('revokedAt', 'is', null)
    .returning(['grantedLicence', 'licenceBefore'])
    .execute();
  const row = await trx
    .insertInto('personCertifications')
    .values({
      organizationId,
      personId,
      certification: certificationKey,
      issuedAt: now,
      expiresAt,
      source: options.source,
      awardedBy: options.awardedBy,
      attemptId: options.attemptId,
      note: options.note,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const licenceEntries = await grantCertifiedLicence(trx, {
    organizationId,
    personId,
    certificationId: row.id,
    certification: certificationKey,
    grants: catalogue.grantsLicence,
    inherited: superseded.find((s) => s.grantedLicence !== null) ?? null,
    actorId: options.awardedBy,
    now,
  });
  await writeEventsAndLedger(trx, {
    events: [
      {
        organizationId,
        recipientId: personId,
        type: 'training.certification_changed',
        data: { certificationKey, change: 'awarded' },
      },
    ],
    ledger: {
      organizationId,
      entries: [
        {
          kind: 'training.certification_awarded',
          at: now,
          actorId: options.awardedBy,
          data: {
            personId,
            certification: certificationKey,
            source: options.source,
            attemptId: options.attemptId,
            expiresAt: expiresAt.toISOString(),
          },
        },
        ...licenceEntries,
      ],
    },
  });
  return { row, catalogue };
}
