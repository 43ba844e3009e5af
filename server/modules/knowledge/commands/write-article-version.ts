import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { articleSearchVector } from '../search/index.ts';
import type { KnowledgeArticleVersionsTable } from '../tables.ts';

/** An article's content as each saved version keeps it. */
export type ArticleContent = Omit<
  KnowledgeArticleVersionsTable,
  'articleId' | 'version' | 'organizationId' | 'authorId' | 'createdAt'
>;

/** The content alone of a row that carries more (the locked article's id, owner and version). */
export function contentOf(row: ArticleContent): ArticleContent {
  const { title, problem, context, resolution, cause, visibility, state, typeKeys, tags } = row;
  return { title, problem, context, resolution, cause, visibility, state, typeKeys, tags };
}

/**
 * Saves an existing article as its next version: the article row takes the new content, version
 * and search vector, and the version is kept, immutable, with its author. Only when the row is still
 * at `fromVersion` (the caller holds its lock), so no save is ever lost.
 */
export async function writeArticleVersion(
  trx: Transaction<Database>,
  options: {
    organizationId: string;
    articleId: string;
    fromVersion: number;
    content: ArticleContent;
    authorId: string;
    now: Date;
  },
): Promise<number> {
  const { organizationId, articleId, content, now } = options;
  const version = options.fromVersion + 1;
  const updated = await trx
    .updateTable('knowledgeArticles')
    .set({ ...content, version, updatedAt: now, searchVector: articleSearchVector(content) })
    .where('organizationId', '=', organizationId)
    .where('id', '=', articleId)
    .where('version', '=', options.fromVersion)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1)
    throw new Error(`article ${articleId} moved under its lock`);
  await trx
    .insertInto('knowledgeArticleVersions')
    .values({
      ...content,
      articleId,
      version,
      organizationId,
      authorId: options.authorId,
      createdAt: now,
    })
    .execute();
  return version;
}
