import { sql, type RawBuilder } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { CUSTOM_PLAN } from '../../../db/prepared-statements.ts';
import type { ArticleState, ArticleVisibility } from '../tables.ts';
import { planQuery, type QueryPlan } from './query-plan.ts';
import { snippetFrom, START_MARK, STOP_MARK, type Snippet } from './snippet.ts';
import { visibleTo, type SearchFilters, type SearchViewer } from './visibility.ts';

export type { SearchFilters, SearchViewer } from './visibility.ts';

export type SearchHit = {
  article: {
    id: string;
    title: string;
    state: ArticleState;
    visibility: ArticleVisibility;
    typeKeys: string[];
    tags: string[];
    updatedAt: Date;
    reuseCount: number;
  };
  snippet: Snippet;
  score: number;
};

/**
 * Ranking reads at most this many matching articles: the GIN index finds them, and scoring a
 * bounded set keeps a common word over 100,000 articles from costing a scan of all its matches.
 */
const CANDIDATES = 200;
/**
 * Of those, how many are ranked in full (field weights, ts_rank over the detoasted vector): the ones
 * holding the most of the search's words, the rarest counting most.
 */
const FINALISTS = 50;
/** A past search's lexemes that ended in a link: worth more than the article's text matching them. */
const LEARNED_WEIGHT = 2.5;

export type SearchOptions = {
  db: Db;
  organizationId: string;
  viewer: SearchViewer;
  q: string;
  limit: number;
  filters?: SearchFilters;
};

/** The knowledge base's search (GET /api/knowledge/search): best first, with highlighted snippets. */
export async function searchArticles(options: SearchOptions): Promise<SearchHit[]> {
  return runSearch(options, false);
}

/** As the rep types (GET /api/knowledge/suggest): the last word is a prefix; top five by default. */
export async function suggestArticles(
  options: Omit<SearchOptions, 'limit'> & { limit?: number },
): Promise<SearchHit[]> {
  return runSearch({ ...options, limit: options.limit ?? 5 }, true);
}

async function runSearch(options: SearchOptions, prefixLast: boolean): Promise<SearchHit[]> {
  const { db, organizationId } = options;
  const plan = await planQuery({ db, organizationId, q: options.q, prefixLast });
  if (plan.terms.length === 0 && plan.lexemes.length === 0) return [];
  const rows = await rankedArticles(options, plan).execute(db);
  return rows.rows.map((row) => ({
    article: {
      id: row.id,
      title: row.title,
      state: row.state,
      visibility: row.visibility,
      typeKeys: row.typeKeys,
      tags: row.tags,
      updatedAt: new Date(row.updatedAt),
      reuseCount: row.reuseCount,
    },
    snippet: snippetFrom(row.headline),
    score: Math.round(row.score * 1000) / 1000,
  }));
}

type Row = Omit<SearchHit['article'], 'updatedAt'> & {
  updatedAt: Date | string;
  headline: string;
  score: number;
};

function rankedArticles(options: SearchOptions, plan: QueryPlan): RawBuilder<Row> {
  const { organizationId, viewer, filters } = options;
  // No term at all (only learned words, say): null matches nothing and highlights nothing.
  const anyTerm = plan.terms.map((t) => `(${t.query})`).join(' | ') || null;
  const required = plan.required
    ? sql`and a.search_vector @@ websearch_to_tsquery('english', ${plan.required})`
    : sql``;
  const groups = Math.max(plan.groups, 1);
  const headlineOptions = `StartSel=${START_MARK}, StopSel=${STOP_MARK}, MaxWords=28, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
  return sql<Row>`${sql.raw(CUSTOM_PLAN)}
    with terms as (
      select t.grp, t.weight, t.q::tsquery as q
      from unnest(${plan.terms.map((t) => t.group)}::int[], ${plan.terms.map((t) => t.weight)}::float8[],
        ${plan.terms.map((t) => t.query)}::text[]) as t (grp, weight, q)
    ), learned as (
      select lt.article_id, sum(m.idf * (1 + ln(lt.hits))) as boost
      from knowledge_learned_terms lt
      join unnest(${plan.lexemes.map((l) => l.lexeme)}::text[], ${plan.lexemes.map((l) => l.idf)}::float8[])
        as m (term, idf) on lt.term = m.term
      where lt.organization_id = ${organizationId}
      group by lt.article_id
    ), candidates as (
      -- Text matches and learned-only matches apart: an OR of the two in one WHERE kept the
      -- planner from the GIN index and from stopping early. Both read the stripped terms kept in
      -- the row (migration 20261205150000), so choosing candidates detoasts nothing.
      (select a.id, a.search_terms from knowledge_articles a
      where a.organization_id = ${organizationId} and ${visibleTo(viewer, filters)} ${required}
        and a.search_terms @@ ${anyTerm}::tsquery
      limit ${CANDIDATES})
      union all
      (select a.id, a.search_terms from knowledge_articles a
      where a.id in (select article_id from learned) and a.organization_id = ${organizationId}
        and ${visibleTo(viewer, filters)} ${required}
        and not coalesce(a.search_terms @@ ${anyTerm}::tsquery, false)
      limit ${CANDIDATES})
    ), coarse as (
      -- Which words each candidate holds, and how rare they are, without field weights: cheap on
      -- the stripped terms, and it keeps the few worth ranking in full.
      select c.id, coalesce(sum(g.weight), 0) * (1 + count(g.weight)::float8 / ${groups})
          + coalesce(max(l.boost), 0) * ${LEARNED_WEIGHT} as score
      from candidates c
      left join lateral (
        select max(t.weight) as weight from terms t where c.search_terms @@ t.q group by t.grp
      ) g on true
      left join learned l on l.article_id = c.id
      group by c.id
      order by score desc, c.id
      limit ${FINALISTS}
    ), finalists as (
      -- "|| ''" detoasts each finalist's weighted vector once here rather than once per term.
      select a.id, a.search_vector || ''::tsvector as search_vector
      from coarse k join knowledge_articles a on a.id = k.id
    ), scored as (
      select c.id, t.grp, max(t.weight * ts_rank('{0.1,0.2,0.4,1}', c.search_vector, t.q)) as s
      from finalists c join terms t on c.search_vector @@ t.q
      group by c.id, t.grp
    ), ranked as (
      select c.id,
        coalesce(sum(s.s), 0) * (1 + count(s.grp)::float8 / ${groups})
          + coalesce(max(l.boost), 0) * ${LEARNED_WEIGHT} as score
      from finalists c
      left join scored s on s.id = c.id
      left join learned l on l.article_id = c.id
      group by c.id
      order by score desc, c.id
      limit ${options.limit}
    )
    select a.id, a.title, a.state, a.visibility, a.type_keys, a.tags, a.updated_at, a.reuse_count,
      r.score,
      coalesce(ts_headline('english', translate(a.problem || E'\n' || a.resolution, E'\x02\x03', ''),
        ${anyTerm}::tsquery, ${headlineOptions}), left(a.problem, 200)) as headline
    from ranked r join knowledge_articles a on a.id = r.id
    order by r.score desc, a.id`;
}
