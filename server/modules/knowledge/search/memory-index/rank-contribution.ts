import type { Weight } from './tsvector-text.ts';

/** ts_rank's default weights, as search-articles.ts used them: '{0.1,0.2,0.4,1}' for D, C, B, A. */
const WEIGHT: Record<Weight, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1 };
/** The limit of the sum of 1/i², which ts_rank divides each lexeme's share by (π²/6). */
const ZETA_2 = 1.64493406685;

/**
 * What one lexeme of an article adds to `ts_rank` for an OR of lexemes (PostgreSQL's
 * `calc_rank_or`, src/backend/utils/adt/tsrank.c): its heaviest position counts whole, every other
 * position a weight over the square of its place. It depends on the article alone, so it is
 * computed once at indexing, and a query's rank is the sum over the lexemes it names that the
 * article holds, divided by how many lexemes it names.
 */
export function rankContribution(weights: readonly Weight[]): number {
  // A lexeme of a stripped vector (or one past the position limit) counts as one D position.
  const positions = weights.length > 0 ? weights : (['D'] as const);
  let sum = 0;
  let heaviest = -1;
  let heaviestAt = 0;
  positions.forEach((weight, j) => {
    const w = WEIGHT[weight];
    sum += w / ((j + 1) * (j + 1));
    if (w > heaviest) {
      heaviest = w;
      heaviestAt = j;
    }
  });
  return (heaviest + sum - heaviest / ((heaviestAt + 1) * (heaviestAt + 1))) / ZETA_2;
}
