import { sql } from 'kysely';

import { isEmbedded, type Db } from '../../../db/database.ts';
import type { ArticleState, ArticleVisibility } from '../tables.ts';
import { lexize } from './lexize.ts';
import { rankInMemory } from './memory-index/rank-in-memory.ts';
import { phrasesOf, planQuery, type QueryPlan, type Vocabulary } from './query-plan.ts';
import { rankInSql } from './rank-in-sql.ts';
import { makeSnippet, wordsOf, type Snippet } from './snippet.ts';
import { sqlVocabulary } from './sql-vocabulary.ts';
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
 * Words to lexemes (cached), then the ranking where it is cheapest for the engine (in memory on the
 * embedded database, in SQL on PostgreSQL: docs/ARCHITECTURE.md, "Knowledge search"), then one
 * round trip for the page's articles, whose snippets are made here (snippet.ts).
 */
async function runSearch(options: SearchOptions, prefixLast: boolean): Promise<SearchHit[]> {
  const { db, organizationId } = options;
  const lexemesOf = await lexize(db, phrasesOf(options.q));
  const ranking = { ...options, prefixLast, lexemesOf, learnedWeight: LEARNED_WEIGHT };
  const { plan, ranked } = isEmbedded(db)
    ? await rankInMemory(ranking)
    : await rankOnServer(ranking, await sqlVocabulary(db, organizationId, lexemesOf));
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

async function rankOnServer(
  options: SearchOptions & { prefixLast: boolean; learnedWeight: number },
  vocabulary: Vocabulary,
) {
  const plan = await planQuery({ ...options, vocabulary });
  const empty = plan.terms.length === 0 && plan.lexemes.length === 0;
  return { plan, ranked: empty ? [] : await rankInSql(options, plan) };
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
