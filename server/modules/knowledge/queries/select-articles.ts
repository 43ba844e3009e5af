import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** Articles of one organization with what the API shows beside them (owner, open flags). */
export function selectArticles(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom('knowledgeArticles as a')
    .leftJoin('people as owner', 'owner.id', 'a.ownerId')
    .select((eb) => [
      'a.id',
      'a.organizationId',
      'a.title',
      'a.problem',
      'a.context',
      'a.resolution',
      'a.cause',
      'a.visibility',
      'a.state',
      'a.typeKeys',
      'a.tags',
      'a.ownerId',
      'owner.name as ownerName',
      'a.version',
      'a.createdAt',
      'a.updatedAt',
      'a.reuseCount',
      'a.lastReusedAt',
      eb
        .selectFrom('knowledgeFlags as f')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('f.articleId', '=', 'a.id')
        .where('f.resolvedAt', 'is', null)
        .as('openFlagCount'),
    ])
    .where('a.organizationId', '=', organizationId);
}

export type ArticleRow = Awaited<
  ReturnType<ReturnType<typeof selectArticles>['executeTakeFirstOrThrow']>
>;
