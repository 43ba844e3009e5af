import type { Db } from '../../../db/database.ts';
import { articlePolicy, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import type { ArticleState } from '../tables.ts';
import { saveArticleVersion } from './save-article-version.ts';
import { contentOf } from './write-article-version.ts';

export type ChangeArticleStateOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  state: ArticleState;
  expectedVersion?: number | undefined;
  now: Date;
};

/**
 * Moves an article through draft → not validated → validated → archived (and back), as the
 * caller's licence allows; each move is a saved version, and publishing or archiving is ledgered.
 */
export async function changeArticleState(options: ChangeArticleStateOptions): Promise<number> {
  const { actor, state } = options;
  return saveArticleVersion({
    ...options,
    revise: (article) => ({ ...contentOf(article), state }),
    authorize: (article) => articlePolicy(actor, article).changeState(state),
  });
}
