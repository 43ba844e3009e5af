import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { DatabaseHandle } from '../../../../db/database.ts';
import { createTestDatabase } from '../../../../testing/test-database.ts';
import { rankContribution } from './rank-contribution.ts';
import { parseTsvector } from './tsvector-text.ts';

const words = [
  'parcel',
  'parcels',
  'late',
  'refund',
  'tent',
  'pole',
  'broken',
  'carrier',
  'zip',
  'boots',
];
const field = fc
  .array(fc.constantFrom(...words), { minLength: 0, maxLength: 12 })
  .map((w) => w.join(' '));
const article = fc.tuple(field, field, field, field);
const query = fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 4 });

/** What rank.ts computes for an OR of lexemes: the contributions held, over the operands named. */
function memoryRank(vectorText: string, lexemes: string[]): number {
  const held = new Map(
    parseTsvector(vectorText).map((e) => [e.lexeme, rankContribution(e.weights)]),
  );
  const sum = lexemes.reduce((total, lexeme) => total + (held.get(lexeme) ?? 0), 0);
  return Math.fround(sum / lexemes.length);
}

describe("ranking in memory agrees with PostgreSQL's ts_rank", () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('reads quoted lexemes, positions and weights from tsvector text', () => {
    expect(parseTsvector(`'it''s':1A,4 'a\\\\b':2B 'plain' 'x':3C,5,9A`)).toEqual([
      { lexeme: "it's", weights: ['A', 'D'] },
      { lexeme: 'a\\b', weights: ['B'] },
      { lexeme: 'plain', weights: [] },
      { lexeme: 'x', weights: ['C', 'D', 'A'] },
    ]);
  });

  it('over generated articles and OR queries, to float4 precision', async () => {
    const cases = fc.sample(fc.tuple(article, query), { numRuns: 300, seed: 20261208 });
    const { rows } = await sql<{ vector: string; lexemes: string[]; rank: number }>`
      with c as (
        select ord, setweight(to_tsvector('english', t), 'A') || setweight(to_tsvector('english', p), 'B')
            || setweight(to_tsvector('english', r), 'C') || setweight(to_tsvector('english', x), 'D') as v,
          array(select unnest(tsvector_to_array(to_tsvector('english', q)))) as lexemes
        from unnest(${cases.map(([a]) => a[0])}::text[], ${cases.map(([a]) => a[1])}::text[],
          ${cases.map(([a]) => a[2])}::text[], ${cases.map(([a]) => a[3])}::text[],
          ${cases.map(([, q]) => q.join(' '))}::text[]) with ordinality as u (t, p, r, x, q, ord)
      )
      select v::text as vector, lexemes,
        ts_rank('{0.1,0.2,0.4,1}', v, array_to_string(array(select quote_literal(l) from unnest(lexemes) l), ' | ')::tsquery) as rank
      from c where cardinality(lexemes) > 0 order by ord`.execute(database.db);
    expect(rows.length).toBeGreaterThan(250);
    let held = 0;
    for (const row of rows) {
      const lexemes = [...new Set(row.lexemes)];
      expect(memoryRank(row.vector, lexemes)).toBeCloseTo(row.rank, 5);
      if (row.rank > 0) held++;
    }
    // Most generated articles hold some of the query's words: the comparison is not all zeros.
    expect(held).toBeGreaterThan(rows.length / 2);
  });
});
