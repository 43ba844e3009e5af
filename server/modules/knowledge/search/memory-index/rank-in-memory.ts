import { sql } from 'kysely';

import type { Db } from '../../../../db/database.ts';
import { CUSTOM_PLAN } from '../../../../db/prepared-statements.ts';
import { planQuery, type QueryPlan } from '../query-plan.ts';
import type { SearchFilters, SearchViewer } from '../visibility.ts';
import { caughtUpIndex } from './index-registry.ts';
import { rankArticles } from './rank.ts';
import { learnedHits, searchStatus, type LearnedHit } from './search-status.ts';
import { visibleInIndex } from './visible-in-index.ts';

export type MemoryRankOptions = {
  db: Db;
  organizationId: string;
  viewer: SearchViewer;
  filters?: SearchFilters;
  q: string;
  limit: number;
  prefixLast: boolean;
  lexemesOf: Map<string, string[]>;
  learnedWeight: number;
};

/**
 * The ranking on the embedded database: the organization's index caught up (one round trip, which
 * also brings the learned hits), the plan over the index's vocabulary, then every match scored in
 * memory (rank.ts). Quoted phrases and -words are checked in SQL, which has the positions.
 */
export async function rankInMemory(
  options: MemoryRankOptions,
): Promise<{ plan: QueryPlan; ranked: { id: string; score: number }[] }> {
  const { db, organizationId, lexemesOf } = options;
  const own = [...new Set([...lexemesOf.values()].flat())];
  const status = await searchStatus(db, organizationId, own);
  const index = await caughtUpIndex(db, organizationId, status);
  const plan = await planQuery({
    ...options,
    vocabulary: {
      lexemesOf,
      articlesHolding: (lexeme) => index.articlesHolding(lexeme),
      total: index.articleCount,
    },
  });
  if (plan.terms.length === 0 && plan.lexemes.length === 0) return { plan, ranked: [] };
  const asked = new Set(own);
  const hits = [
    ...status.learned,
    ...(await learnedHits(
      db,
      organizationId,
      plan.lexemes.map((l) => l.lexeme).filter((l) => !asked.has(l)),
    )),
  ];
  const allowed = plan.required ? await phraseMatches(options, plan) : null;
  const ranked = rankArticles(index, {
    terms: plan.terms,
    groups: plan.groups,
    visible: visibleInIndex(index, options.viewer, options.filters, allowed),
    learned: learnedBoosts(plan, hits, options.learnedWeight),
    limit: options.limit,
  });
  return { plan, ranked };
}

/** Σ idf × (1 + ln hits) over the meant lexemes a past search that ended in a link shares. */
function learnedBoosts(plan: QueryPlan, hits: LearnedHit[], weight: number): Map<string, number> {
  const idfs = new Map<string, number[]>();
  for (const { lexeme, idf } of plan.lexemes) idfs.set(lexeme, [...(idfs.get(lexeme) ?? []), idf]);
  const boosts = new Map<string, number>();
  for (const hit of hits) {
    for (const idf of idfs.get(hit.term) ?? []) {
      const boost = idf * (1 + Math.log(hit.hits)) * weight;
      boosts.set(hit.articleId, (boosts.get(hit.articleId) ?? 0) + boost);
    }
  }
  return boosts;
}

/** Quoted phrases and -words need positions: the database says which of the matches pass them. */
async function phraseMatches(options: MemoryRankOptions, plan: QueryPlan): Promise<Set<string>> {
  const anyTerm = plan.terms.map((t) => `(${t.query})`).join(' | ') || null;
  const { rows } = await sql<{ id: string }>`${sql.raw(CUSTOM_PLAN)}
    select a.id from knowledge_articles a
    where a.organization_id = ${options.organizationId} and a.search_terms @@ ${anyTerm}::tsquery
      and a.search_vector @@ websearch_to_tsquery('english', ${plan.required})`.execute(options.db);
  return new Set(rows.map((row) => row.id));
}
