import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { selectPeople, type PersonRow } from './select-people.ts';

/** A person of the caller's organization; another organization's id is simply not found. */
export async function findPerson(options: {
  db: Db;
  organizationId: string;
  personId: string;
}): Promise<PersonRow> {
  const row = await selectPeople(options.db, options.organizationId)
    .where('people.id', '=', options.personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  return row;
}
