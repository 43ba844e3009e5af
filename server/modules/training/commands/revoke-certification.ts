import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { writeEventsAndLedger } from '../../ledger/commands/write-events-and-ledger.ts';
import { withdrawCertifiedLicence } from '../lifecycle/certified-licence.ts';
import { presentHeldCertification } from '../presenter.ts';

export type RevokeOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  certificationId: string;
  reason: string;
  now: Date;
};

/** Revokes a certification in force, with its reason, ledgered; the holder hears of it live. */
export async function revokeCertification(options: RevokeOptions) {
  const { organizationId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    // Conditional: a second revocation, or one racing this, finds it revoked and changes nothing.
    const row = await trx
      .updateTable('personCertifications')
      .set({ revokedAt: now, revokedBy: options.trainerId, revokedReason: options.reason })
      .where('organizationId', '=', organizationId)
      .where('id', '=', options.certificationId)
      .where('revokedAt', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) {
      const exists = await trx
        .selectFrom('personCertifications')
        .select('id')
        .where('organizationId', '=', organizationId)
        .where('id', '=', options.certificationId)
        .executeTakeFirst();
      if (!exists) throw AppError.notFound('Certification');
      throw new AppError('conflict', 'This certification is revoked already');
    }
    const licenceEntries = await withdrawCertifiedLicence(trx, {
      organizationId,
      personId: row.personId,
      certification: row.certification,
      granted: row,
      actorId: options.trainerId,
      now,
      change: 'revoked',
    });
    const catalogue = await trx
      .selectFrom('trainingCertifications')
      .select(['title', 'description'])
      .where('organizationId', '=', organizationId)
      .where('key', '=', row.certification)
      .executeTakeFirst();
    await writeEventsAndLedger(trx, {
      events: [
        {
          organizationId,
          recipientId: row.personId,
          type: 'training.certification_changed',
          data: { certificationKey: row.certification, change: 'revoked' },
        },
      ],
      ledger: {
        organizationId,
        entries: [
          {
            kind: 'training.certification_revoked',
            at: now,
            actorId: options.trainerId,
            data: {
              personId: row.personId,
              certification: row.certification,
              reason: options.reason,
            },
          },
          ...licenceEntries,
        ],
      },
    });
    return presentHeldCertification(row, catalogue);
  });
}
