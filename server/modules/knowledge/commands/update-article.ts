import type { Db } from '../../../db/database.ts';
import { articlePolicy, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import type { ArticleVisibility } from '../tables.ts';
import { saveArticleVersion } from './save-article-version.ts';

export type ArticleChanges = {
  title?: string | undefined;
  problem?: string | undefined;
  context?: string | undefined;
  resolution?: string | undefined;
  cause?: string | null | undefined;
  visibility?: ArticleVisibility | undefined;
  typeKeys?: string[] | undefined;
  tags?: string[] | undefined;
};

export type UpdateArticleOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  changes: ArticleChanges;
  /** The version the editor started from. */
  expectedVersion: number;
  now: Date;
};

/** "Fix it": whoever may edit the article saves new content as its next version. */
export async function updateArticle(options: UpdateArticleOptions): Promise<number> {
  const { actor, changes } = options;
  return saveArticleVersion({
    ...options,
    revise: (article) => ({
      title: changes.title ?? article.title,
      problem: changes.problem ?? article.problem,
      context: changes.context ?? article.context,
      resolution: changes.resolution ?? article.resolution,
      cause: changes.cause === undefined ? article.cause : changes.cause,
      visibility: changes.visibility ?? article.visibility,
      state: article.state,
      typeKeys: [...new Set(changes.typeKeys ?? article.typeKeys)],
      tags: [...new Set(changes.tags ?? article.tags)],
    }),
    authorize: (article, content) =>
      articlePolicy(actor, article).edit({ ...content, ownerId: article.ownerId }),
  });
}
