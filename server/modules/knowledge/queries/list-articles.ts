import type { Kysely } from 'kysely';

import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
import type { Database } from '../../../db/schema.ts';
import { knowledgeRank, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { visibleTo, type SearchFilters } from '../search/visibility.ts';
import { selectArticles } from './select-articles.ts';

/**
 * Newest written first, with the id breaking ties: when an article was written never changes, so an
 * edit or a rename while a rep pages moves nothing past their cursor (by last update or by title,
 * the article just fixed would jump before it and be missed).
 */
const keys = keyset('knowledge-articles', ['time', 'uuid']);

/**
 * The articles a viewer may browse, a page at a time, with search's own visibility and filters
 * (search/visibility.ts): a rep's are the validated and not-validated ones and their own drafts, a
 * publisher's every one; archived ones only when asked for by state. Nothing is logged: browsing is
 * not a search.
 */
export async function listArticles(
  db: Kysely<Database>,
  options: {
    organizationId: string;
    viewer: KnowledgeActor;
    filters: SearchFilters;
    cursor?: string | undefined;
    limit: number;
  },
) {
  const { viewer } = options;
  const seesAll = knowledgeRank(viewer) >= 3;
  const query = selectArticles(db, options.organizationId)
    .select(exactTime('a.createdAt').as('keyTime'))
    .where(visibleTo({ personId: viewer.personId, seesAll }, options.filters));
  return newestFirstPage(query, { keys, time: 'a.createdAt', id: 'a.id' }, options);
}
