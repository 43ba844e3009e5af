import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** Every saved version of an article, newest first, with its author. */
export function listArticleVersions(
  db: Kysely<Database>,
  options: { organizationId: string; articleId: string },
) {
  return db
    .selectFrom('knowledgeArticleVersions as v')
    .leftJoin('people as author', 'author.id', 'v.authorId')
    .selectAll('v')
    .select('author.name as authorName')
    .where('v.organizationId', '=', options.organizationId)
    .where('v.articleId', '=', options.articleId)
    .orderBy('v.version', 'desc')
    .execute();
}

export type VersionRow = Awaited<ReturnType<typeof listArticleVersions>>[number];
