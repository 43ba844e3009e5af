import { sql } from 'kysely';

import type { AuthorityRequest } from '../../../../domain/authority/decide.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';

/**
 * A person as the engine reads them at `at` (the database's clock when not given): their level, the
 * certificates they hold then, and the ones that have run out past the organization's grace and not
 * been renewed, so a decision can say "your Refunds II certification expired on 3 Nov".
 */
export async function loadPersonForAuthority(
  db: Db,
  organizationId: string,
  personId: string,
  at?: Date,
): Promise<AuthorityRequest['person'] & { name: string }> {
  const when = at === undefined ? sql`now()` : sql`${at.toISOString()}::timestamptz`;
  const row = await db
    .selectFrom('people')
    .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select([
      'people.id',
      'people.name',
      // The list on the row and the certificates in force, as a batch's decisions read them.
      sql<string[]>`held_certifications(people.id, people.certifications, ${when})`.as(
        'certifications',
      ),
      // Each certificate's latest expiry that had passed (with grace) by then, unless revoked first
      // or renewed: the same function a resolution's decision inputs read (migration 20261207200000).
      sql<
        Array<[string, number]>
      >`lapsed_certifications(people.id, people.certifications, ${when})`.as('lapsed'),
      'authorityLevels.key as levelKey',
    ])
    .where('people.organizationId', '=', organizationId)
    .where('people.id', '=', personId)
    .executeTakeFirst();
  if (!row) throw AppError.notFound('Person');
  const lapsedCertifications = row.lapsed.map(([key, expiredAt]) => ({ key, expiredAt }));
  return {
    id: row.id,
    name: row.name,
    levelKey: row.levelKey,
    certifications: row.certifications,
    ...(lapsedCertifications.length > 0 && { lapsedCertifications }),
  };
}
