import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** Flags of one organization, with their article and the people who raised and resolved them. */
export function selectFlags(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom('knowledgeFlags as f')
    .innerJoin('knowledgeArticles as a', 'a.id', 'f.articleId')
    .leftJoin('people as raiser', 'raiser.id', 'f.raisedBy')
    .leftJoin('people as resolver', 'resolver.id', 'f.resolvedBy')
    .selectAll('f')
    .select([
      'a.title as articleTitle',
      'a.state as articleState',
      'a.ownerId as articleOwnerId',
      'a.visibility as articleVisibility',
      'raiser.name as raisedByName',
      'resolver.name as resolvedByName',
    ])
    .where('f.organizationId', '=', organizationId);
}

export type FlagRow = Awaited<
  ReturnType<ReturnType<typeof selectFlags>['executeTakeFirstOrThrow']>
>;
