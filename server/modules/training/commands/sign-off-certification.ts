import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { presentHeldCertification } from '../presenter.ts';
import { awardInTransaction } from './award-certification.ts';

export type SignOffOptions = {
  db: Db;
  organizationId: string;
  trainerId: string;
  personId: string;
  certificationKey: string;
  note: string;
  now: Date;
};

/**
 * A trainer signs off a practical skill. Four eyes: nobody awards or extends their own certification,
 * since it raises what they may grant; another trainer signs them off.
 */
export async function signOffCertification(options: SignOffOptions) {
  const { organizationId, personId } = options;
  if (personId === options.trainerId)
    throw new AppError('forbidden', 'Nobody awards or extends their own certification');
  return options.db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('organizationId', '=', organizationId)
      .where('id', '=', personId)
      .forUpdate()
      .executeTakeFirst();
    if (!person) throw AppError.notFound('Person');
    const { row, catalogue } = await awardInTransaction(trx, {
      organizationId,
      personId,
      certificationKey: options.certificationKey,
      source: 'sign_off',
      awardedBy: options.trainerId,
      attemptId: null,
      note: options.note,
      now: options.now,
    });
    return presentHeldCertification(row, catalogue);
  });
}
