import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/** Distinct words and phrases kept per process; past it the cache starts again. */
const MAX_CACHED = 50_000;
const cache = new Map<string, string[]>();

/**
 * The english lexemes of each word or phrase, the way the articles' vectors were made. Stemming
 * depends on the word alone (the same `english` configuration on PGlite and PostgreSQL), so a
 * word asked once is kept, and a search of known words asks the database nothing for them.
 */
export async function lexize(db: Db, phrases: string[]): Promise<Map<string, string[]>> {
  const missing = phrases.filter((phrase) => !cache.has(phrase));
  if (missing.length > 0) {
    const { rows } = await sql<{ phrase: string; lexemes: string[] }>`
      select phrase, array(select unnest(tsvector_to_array(to_tsvector('english', phrase)))) as lexemes
      from unnest(${missing}::text[]) as phrase`.execute(db);
    if (cache.size + rows.length > MAX_CACHED) cache.clear();
    for (const row of rows) cache.set(row.phrase, row.lexemes);
  }
  return new Map(phrases.map((phrase) => [phrase, cache.get(phrase) ?? []]));
}
