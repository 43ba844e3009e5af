import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { canSeeArticle, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { selectArticles, type ArticleRow } from './select-articles.ts';

/**
 * One article of the caller's organization that the caller may see: another organization's, or a
 * draft of someone else's, is not found (404), so its existence is not confirmed.
 */
export async function findArticle(
  db: Kysely<Database>,
  options: { organizationId: string; articleId: string; viewer: KnowledgeActor },
): Promise<ArticleRow> {
  const row = await selectArticles(db, options.organizationId)
    .where('a.id', '=', options.articleId)
    .executeTakeFirst();
  if (!row || !canSeeArticle(options.viewer, row)) throw AppError.notFound('Article');
  return row;
}
