import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export type CreateCertificationOptions = {
  db: Db;
  organizationId: string;
  key: string;
  title: string;
  description: string;
  validityMonths: number;
  recertWindowDays: number;
};

/** Adds a certification to the organization's catalogue; its key is unique there. */
export async function createCertification(options: CreateCertificationOptions) {
  const { db, ...values } = options;
  const row = await db
    .insertInto('trainingCertifications')
    .values(values)
    .onConflict((oc) => oc.columns(['organizationId', 'key']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (!row) throw new AppError('conflict', `A certification ${options.key} exists already`, 'key');
  const { organizationId: _, ...certification } = row;
  return certification;
}
