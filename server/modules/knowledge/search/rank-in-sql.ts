import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { CUSTOM_PLAN } from '../../../db/prepared-statements.ts';
import type { QueryPlan } from './query-plan.ts';
import { visibleTo, type SearchFilters, type SearchViewer } from './visibility.ts';

/** At most this many matching articles are scored: the GIN index stops early. */
const CANDIDATES = 200;
/** Of those, the ones holding most of the search's rare words are ranked with field weights. */
const FINALISTS = 50;

export type SqlRankOptions = {
  db: Db;
  organizationId: string;
  viewer: SearchViewer;
  filters?: SearchFilters;
  limit: number;
  learnedWeight: number;
};

/**
 * The ranking on PostgreSQL, in the database (why not in memory there: docs/ARCHITECTURE.md,
 * "Knowledge search"): the same scoring as memory-index/rank.ts (each word's best term × ts_rank,
 * raised by the share of words covered, plus learned boosts) over a cut of candidates.
 */
export async function rankInSql(
  options: SqlRankOptions,
  plan: QueryPlan,
): Promise<{ id: string; score: number }[]> {
  const { organizationId, viewer, filters } = options;
  // No term at all (only learned words, say): null matches nothing.
  const anyTerm = plan.terms.map((t) => `(${t.query})`).join(' | ') || null;
  const required = plan.required
    ? sql`and a.search_vector @@ websearch_to_tsquery('english', ${plan.required})`
    : sql``;
  const groups = Math.max(plan.groups, 1);
  const { rows } = await sql<{ id: string; score: number }>`${sql.raw(CUSTOM_PLAN)}
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
          + coalesce(max(l.boost), 0) * ${options.learnedWeight} as score
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
    )
    select c.id,
      coalesce(sum(s.s), 0) * (1 + count(s.grp)::float8 / ${groups})
        + coalesce(max(l.boost), 0) * ${options.learnedWeight} as score
    from finalists c
    left join scored s on s.id = c.id
    left join learned l on l.article_id = c.id
    group by c.id
    order by score desc, c.id
    limit ${options.limit}`.execute(options.db);
  return rows;
}
