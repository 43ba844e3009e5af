import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** The organization's licences, highest first, then by name. */
export function selectLicences(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom('knowledgeLicences as l')
    .innerJoin('people as p', 'p.id', 'l.personId')
    .leftJoin('people as granter', 'granter.id', 'l.grantedBy')
    .select([
      'l.personId',
      'p.name as personName',
      'l.licence',
      'l.grantedBy',
      'granter.name as grantedByName',
      'l.grantedAt',
    ])
    .where('l.organizationId', '=', organizationId);
}

export type LicenceRow = Awaited<
  ReturnType<ReturnType<typeof selectLicences>['executeTakeFirstOrThrow']>
>;
