import type { SearchHit } from './search-articles.ts';

/** A search hit as the contract shows it (contract/knowledge-search.ts). */
export function presentHit(hit: SearchHit) {
  const { article } = hit;
  return {
    article: {
      id: article.id,
      title: article.title,
      state: article.state,
      visibility: article.visibility,
      typeKeys: article.typeKeys,
      updatedAt: article.updatedAt.toISOString(),
    },
    snippet: hit.snippet.text,
    highlights: hit.snippet.highlights,
    score: hit.score,
  };
}
