import type { Bar } from '../knowledge-insights/BarFigure.tsx';

/** Rows with a 0..1 share as percent bars; a row with nothing to count (null) is left out. */
export function percentBars<Row>(
  rows: readonly Row[],
  key: (row: Row) => string,
  label: (row: Row) => string,
  share: (row: Row) => number | null,
): Bar[] {
  return rows.flatMap((row) => {
    const value = share(row);
    return value === null
      ? []
      : [{ key: key(row), label: label(row), value: Math.round(value * 100) }];
  });
}
