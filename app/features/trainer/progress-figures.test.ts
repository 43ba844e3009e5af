import { describe, expect, it } from 'vitest';

import { percentBars } from './progress-figures.ts';

describe('progress figures', () => {
  it('writes shares as whole percents and leaves out rows with nothing to count', () => {
    const rows = [
      { id: 'a', name: 'Blue', share: 0.666 },
      { id: 'b', name: 'Green', share: null },
      { id: 'c', name: 'Red', share: 1 },
    ];
    expect(
      percentBars(
        rows,
        (r) => r.id,
        (r) => r.name,
        (r) => r.share,
      ),
    ).toEqual([
      { key: 'a', label: 'Blue', value: 67 },
      { key: 'c', label: 'Red', value: 100 },
    ]);
  });
});
