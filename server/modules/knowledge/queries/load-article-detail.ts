import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { findArticle } from './find-article.ts';
import { listArticleVersions } from './list-article-versions.ts';
import { selectFlags } from './select-flags.ts';

/** An article with every saved version (newest first) and every flag raised on it (newest first). */
export async function loadArticleDetail(
  db: Kysely<Database>,
  options: { organizationId: string; articleId: string; viewer: KnowledgeActor },
) {
  const article = await findArticle(db, options);
  const [versions, flags] = await Promise.all([
    listArticleVersions(db, options),
    selectFlags(db, options.organizationId)
      .where('f.articleId', '=', article.id)
      .orderBy('f.createdAt', 'desc')
      .orderBy('f.id')
      .execute(),
  ]);
  return { article, versions, flags };
}
