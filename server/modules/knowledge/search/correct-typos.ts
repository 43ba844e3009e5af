import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

export type Correction = { lexeme: string; articles: number; confidence: number };

/**
 * Typo tolerance against the organization's own vocabulary, not a dictionary: each unknown lexeme
 * is looked up by trigram similarity in knowledge_lexemes (its trigram index; the articles are never
 * scanned), and the candidates are kept by edit distance, so "collison" finds "collis" (collision)
 * and "renewel" finds "renew" while a short word is not bent into an unrelated one.
 */
export async function correctTypos(options: {
  db: Db;
  organizationId: string;
  lexemes: string[];
}): Promise<Map<string, Correction[]>> {
  const { db, organizationId, lexemes } = options;
  if (lexemes.length === 0) return new Map();
  // Below pg_trgm's default 0.3, so a transposed letter in a short word still finds its candidates.
  const lookup = async (trx: Db) => {
    await sql`select set_config('pg_trgm.similarity_threshold', '0.2', true)`.execute(trx);
    return sql<{ missing: string; lexeme: string; articles: number; similarity: number }>`
      select m.lexeme as missing, c.lexeme, c.articles, c.similarity
      from unnest(${lexemes}::text[]) as m (lexeme)
      cross join lateral (
        select l.lexeme, l.articles, similarity(l.lexeme, m.lexeme) as similarity
        from knowledge_lexemes l
        where l.organization_id = ${organizationId} and l.lexeme % m.lexeme and l.articles > 0
        order by similarity(l.lexeme, m.lexeme) desc, l.articles desc
        limit 12
      ) c`.execute(trx);
  };
  const { rows } = db.isTransaction
    ? await lookup(db)
    : await db.transaction().execute((trx) => lookup(trx));
  const byMissing = new Map<string, Correction[]>();
  for (const row of rows) {
    const distance = editDistance(row.missing, row.lexeme);
    if (distance > allowedEdits(row.missing)) continue;
    const confidence = Math.min(1, row.similarity + 0.5) * (1 - 0.15 * distance);
    const list = byMissing.get(row.missing) ?? [];
    list.push({ lexeme: row.lexeme, articles: row.articles, confidence });
    byMissing.set(row.missing, list);
  }
  for (const [missing, list] of byMissing) {
    list.sort((a, b) => b.confidence - a.confidence || b.articles - a.articles);
    byMissing.set(missing, list.slice(0, 2));
  }
  return byMissing;
}

function allowedEdits(word: string): number {
  if (word.length <= 4) return 1;
  return word.length <= 8 ? 2 : 3;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
