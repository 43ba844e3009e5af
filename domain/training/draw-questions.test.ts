import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { drawQuestions } from './draw-questions.ts';

describe('drawQuestions', () => {
  it('draws distinct questions of the pool, as many as asked or the whole pool', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer(),
        (pool, count, seed) => {
          const drawn = drawQuestions(pool, count, seed);
          expect(drawn).toHaveLength(Math.min(count, pool.length));
          expect(new Set(drawn).size).toBe(drawn.length);
          for (const q of drawn) expect(pool).toContain(q);
        },
      ),
    );
  });

  it('replays: the same seed draws the same questions in the same order', () => {
    const pool = Array.from({ length: 20 }, (_, i) => i);
    expect(drawQuestions(pool, 5, 42)).toEqual(drawQuestions(pool, 5, 42));
    expect(drawQuestions(pool, 5, 42)).not.toEqual(drawQuestions(pool, 5, 43));
  });
});
