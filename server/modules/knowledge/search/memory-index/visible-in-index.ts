import { defaultStates, type SearchFilters, type SearchViewer } from '../visibility.ts';
import type { OrgIndex } from './org-index.ts';

/**
 * visibility.ts's rule over the index's copy of each article, so ranking never counts what the
 * searcher may not see; the page's own query (search-articles.ts) applies the SQL form again.
 */
export function visibleInIndex(
  index: OrgIndex,
  viewer: SearchViewer,
  filters: SearchFilters = {},
  allowed: Set<string> | null,
): (slot: number) => boolean {
  const states = filters.states?.length ? filters.states : defaultStates;
  return (slot) => {
    const article = index.meta[slot]!;
    if (!states.includes(article.state)) return false;
    const shared = article.state === 'validated' || article.state === 'not_validated';
    const own =
      article.state === 'draft' && viewer.personId !== null && article.ownerId === viewer.personId;
    if (!viewer.seesAll && !shared && !own) return false;
    if (filters.visibility && article.visibility !== filters.visibility) return false;
    if (filters.type && !article.typeKeys.includes(filters.type)) return false;
    if (filters.tag && !article.tags.includes(filters.tag)) return false;
    return !allowed || allowed.has(index.ids[slot]!);
  };
}
