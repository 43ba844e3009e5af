import { sql } from 'kysely';

import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

export async function loadPersonForAuthority(
  db: Db,
  organizationId: string,
  personId: string,
): Promise<AuthorityRequest['person'] & { name: string }> {
  const row = await db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select([
      'people.id',
      'people.name',
      // The list on the row and the certificates in force, as a batch's decisions read them.
      sql<string[]>`held_certifications(people.id, people.certifications, now())`.as(
        'certifications',
      ),
      'authorityLevels.key as levelKey',
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  return { id: row.id, name: row.name, levelKey: row.levelKey, certifications: row.certifications };
}
