import type { ExpressionBuilder } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { knowledgeRank, type KnowledgeActor } from '../../../policies/knowledge-article.ts';

type WithArticle = Database & { a: Database['knowledgeArticles'] };

/**
 * canSeeArticle (server/policies/knowledge-article.ts) as a condition on the article aliased `a`,
 * so a list pages over what the viewer may see rather than filtering a page afterwards.
 */
export function visibleTo(viewer: KnowledgeActor) {
  return (eb: ExpressionBuilder<WithArticle, 'a'>) =>
    knowledgeRank(viewer) >= 3
      ? eb.lit(true)
      : eb.or([
          eb('a.state', 'in', ['validated', 'not_validated']),
          eb.and([eb('a.state', '=', 'draft'), eb('a.ownerId', '=', viewer.personId)]),
        ]);
}
