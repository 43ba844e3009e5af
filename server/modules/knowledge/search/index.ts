/** What the knowledge module's commands and routes use of search. */
export { articleSearchVector, type SearchableArticle } from './article-search-vector.ts';
export { learnFromLink } from './learn-from-link.ts';
export {
  searchArticles,
  suggestArticles,
  type SearchFilters,
  type SearchHit,
  type SearchOptions,
  type SearchViewer,
} from './search-articles.ts';
