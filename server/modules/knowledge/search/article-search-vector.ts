import { sql, type RawBuilder } from 'kysely';

/** The fields of an article that search reads. */
export type SearchableArticle = {
  title: string;
  problem: string;
  resolution: string;
  context: string;
  tags: readonly string[];
};

/**
 * The `search_vector` every save of an article writes (create, edit, state change), weighted so a
 * title outranks the problem, the problem the resolution, and the context and tags come last.
 * Owned by the search code, which may change the weighting; the commands only call it.
 */
export function articleSearchVector(article: SearchableArticle): RawBuilder<string> {
  const rest = [article.context, ...article.tags].join(' ');
  return sql<string>`setweight(to_tsvector('english', ${article.title}), 'A')
    || setweight(to_tsvector('english', ${article.problem}), 'B')
    || setweight(to_tsvector('english', ${article.resolution}), 'C')
    || setweight(to_tsvector('english', ${rest}), 'D')`;
}
