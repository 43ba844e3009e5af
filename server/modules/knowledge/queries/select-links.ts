import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** One link with its article and who made it. */
export function selectLinks(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom('knowledgeLinks as l')
    .innerJoin('knowledgeArticles as a', 'a.id', 'l.articleId')
    .leftJoin('people as linker', 'linker.id', 'l.linkedBy')
    .selectAll('l')
    .select([
      'a.title as articleTitle',
      'a.state as articleState',
      'a.visibility as articleVisibility',
      'a.typeKeys as articleTypeKeys',
      'a.updatedAt as articleUpdatedAt',
      'a.ownerId as articleOwnerId',
      'linker.name as linkedByName',
    ])
    .where('l.organizationId', '=', organizationId);
}

export type LinkRow = Awaited<
  ReturnType<ReturnType<typeof selectLinks>['executeTakeFirstOrThrow']>
>;
