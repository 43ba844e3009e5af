import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import type { Vocabulary } from './query-plan.ts';

/**
 * The plan's vocabulary read from the database (on PostgreSQL, where no index is kept in memory):
 * how many of the organization's articles hold each of the words' lexemes, and how many articles
 * it has, in one round trip over the tables the save triggers keep (knowledge_lexemes, totals).
 */
export async function sqlVocabulary(
  db: Db,
  organizationId: string,
  lexemesOf: Map<string, string[]>,
): Promise<Vocabulary> {
  const lexemes = [...new Set([...lexemesOf.values()].flat())];
  const { rows } = await sql<{ counts: Record<string, number> | null; total: number | null }>`
    select
      (select json_object_agg(l.lexeme, l.articles) from knowledge_lexemes l
        where l.organization_id = ${organizationId} and l.lexeme = any(${lexemes}::text[])) as counts,
      (select t.articles from knowledge_search_totals t
        where t.organization_id = ${organizationId}) as total`.execute(db);
  const counts = new Map(Object.entries(rows[0]?.counts ?? {}));
  return {
    lexemesOf,
    articlesHolding: (lexeme) => counts.get(lexeme) ?? 0,
    total: Number(rows[0]?.total ?? 0),
  };
}
