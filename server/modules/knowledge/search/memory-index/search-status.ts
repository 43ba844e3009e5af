import { sql } from 'kysely';

import type { Db } from '../../../../db/database.ts';

export type LearnedHit = { articleId: string; term: string; hits: number };
export type SearchStatus = { version: number; articles: number; learned: LearnedHit[] };

/**
 * One round trip at the start of every search: how far the organization's articles have moved
 * (migration 20261208100000), how many there are, and the learned hits of the searcher's lexemes.
 */
export async function searchStatus(
  db: Db,
  organizationId: string,
  lexemes: string[],
): Promise<SearchStatus> {
  const { rows } = await sql<{
    version: number | null;
    articles: number | null;
    learned: [string, string, number][];
  }>`
    select t.version::float8 as version, t.articles,
      coalesce((select json_agg(json_build_array(lt.article_id, lt.term, lt.hits))
        from knowledge_learned_terms lt
        where lt.organization_id = ${organizationId} and lt.term = any(${lexemes}::text[])), '[]') as learned
    from (select 1) as one left join knowledge_search_totals t on t.organization_id = ${organizationId}`.execute(
    db,
  );
  const row = rows[0];
  return {
    version: row?.version ?? 0,
    articles: row?.articles ?? 0,
    learned: (row?.learned ?? []).map(([articleId, term, hits]) => ({ articleId, term, hits })),
  };
}

/** The learned hits of lexemes the status did not ask for (a typo's corrections). */
export async function learnedHits(
  db: Db,
  organizationId: string,
  lexemes: string[],
): Promise<LearnedHit[]> {
  if (lexemes.length === 0) return [];
  return db
    .selectFrom('knowledgeLearnedTerms')
    .select(['articleId', 'term', 'hits'])
    .where('organizationId', '=', organizationId)
    .where('term', 'in', lexemes)
    .execute();
}
