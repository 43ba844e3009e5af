import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { CUSTOM_PLAN } from '../../../db/prepared-statements.ts';
import type { ArticleState, ArticleVisibility } from '../tables.ts';
import { lexize } from './lexize.ts';
import { caughtUpIndex } from './memory-index/index-registry.ts';
import { rankArticles } from './memory-index/rank.ts';
import { learnedHits, searchStatus, type LearnedHit } from './memory-index/search-status.ts';
import { visibleInIndex } from './memory-index/visible-in-index.ts';
import { phrasesOf, planQuery, type QueryPlan } from './query-plan.ts';
import { makeSnippet, wordsOf, type Snippet } from './snippet.ts';
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

/**
 * Words to lexemes (cached), the organization's index caught up (one round trip, which also brings
 * the learned hits), the plan, ranking in memory (memory-index/), then one round trip for the page's
 * articles, whose snippets are made here (snippet.ts). Why in memory: docs/ARCHITECTURE.md, "Knowledge search".
 */
async function runSearch(options: SearchOptions, prefixLast: boolean): Promise<SearchHit[]> {
  const { db, organizationId } = options;
  const lexemesOf = await lexize(db, phrasesOf(options.q));
  const own = [...new Set([...lexemesOf.values()].flat())];
  const status = await searchStatus(db, organizationId, own);
  const index = await caughtUpIndex(db, organizationId, status);
  const plan = await planQuery({
    db,
    organizationId,
    q: options.q,
    prefixLast,
    vocabulary: {
      lexemesOf,
      articlesHolding: (lexeme) => index.articlesHolding(lexeme),
      total: index.articleCount,
    },
  });
  if (plan.terms.length === 0 && plan.lexemes.length === 0) return [];
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
    learned: learnedBoosts(plan, hits),
    limit: options.limit,
  });
  if (ranked.length === 0) return [];
  const rows = await pageOf(
    options,
    ranked.map((r) => r.id),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const isMatch = await matcherFor(options.db, plan, rows);
  return ranked.flatMap(({ id, score }) => {
    const row = byId.get(id);
    // Gone from view since the index last looked (archived a moment ago): left out, not shown.
    if (!row) return [];
    return [
      {
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
        snippet: makeSnippet(shownText(row), isMatch),
        score: Math.round(score * 1000) / 1000,
      },
    ];
  });
}

/** Σ idf × (1 + ln hits) over the meant lexemes a past search that ended in a link shares. */
function learnedBoosts(plan: QueryPlan, hits: LearnedHit[]): Map<string, number> {
  const idfs = new Map<string, number[]>();
  for (const { lexeme, idf } of plan.lexemes) idfs.set(lexeme, [...(idfs.get(lexeme) ?? []), idf]);
  const boosts = new Map<string, number>();
  for (const hit of hits) {
    for (const idf of idfs.get(hit.term) ?? []) {
      const boost = idf * (1 + Math.log(hit.hits)) * LEARNED_WEIGHT;
      boosts.set(hit.articleId, (boosts.get(hit.articleId) ?? 0) + boost);
    }
  }
  return boosts;
}

/** Quoted phrases and -words need positions: the database says which of the matches pass them. */
async function phraseMatches(options: SearchOptions, plan: QueryPlan): Promise<Set<string>> {
  const anyTerm = plan.terms.map((t) => `(${t.query})`).join(' | ') || null;
  const { rows } = await sql<{ id: string }>`${sql.raw(CUSTOM_PLAN)}
    select a.id from knowledge_articles a
    where a.organization_id = ${options.organizationId} and a.search_terms @@ ${anyTerm}::tsquery
      and a.search_vector @@ websearch_to_tsquery('english', ${plan.required})`.execute(options.db);
  return new Set(rows.map((row) => row.id));
}

type Row = Omit<SearchHit['article'], 'updatedAt'> & {
  updatedAt: Date | string;
  problem: string;
  resolution: string;
};

/** The page's articles, still visible to the searcher now (the index may be a moment behind). */
async function pageOf(options: SearchOptions, ids: string[]): Promise<Row[]> {
  const { rows } = await sql<Row>`
    select a.id, a.title, a.state, a.visibility, a.type_keys, a.tags, a.updated_at, a.reuse_count,
      a.problem, a.resolution
    from knowledge_articles a
    where a.id = any(${ids}::uuid[]) and a.organization_id = ${options.organizationId}
      and ${visibleTo(options.viewer, options.filters)}`.execute(options.db);
  return rows;
}

/** The words a snippet may show: HTML tags and link targets are markup, not words (as ts_headline). */
const shownText = (row: Row) =>
  `${row.problem}\n${row.resolution}`
    .replace(/<\/?[a-z][^>]*>?/gi, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/**
 * Whether a shown word is one the search matched: its lexemes (lexize's cache; one round trip for
 * the words not seen before) against the plan's terms, a prefix part by its start.
 */
async function matcherFor(
  db: Db,
  plan: QueryPlan,
  rows: Row[],
): Promise<(word: string) => boolean> {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of plan.terms)
    for (const part of term.parts)
      if (part.prefix) prefixes.push(part.lexemes[0]!);
      else for (const lexeme of part.lexemes) exact.add(lexeme);
  const words = new Set(
    rows.flatMap((row) => wordsOf(shownText(row)).map((w) => w.text.toLowerCase())),
  );
  const lexemes = await lexize(db, [...words]);
  return (word) =>
    (lexemes.get(word.toLowerCase()) ?? []).some(
      (lexeme) => exact.has(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix)),
    );
}
