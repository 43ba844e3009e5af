// Beside core's styles in main.tsx would put them in every first load; here they come with the charts.
import '@mantine/charts/styles.css';

import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

import { FigureTable, type FigureTableProps } from './FigureTable.tsx';

/**
 * A chart under its name, with the same figures as a table for screen readers. The drawing itself is
 * hidden from them: read aloud, an SVG chart is a heap of ticks and coordinates.
 */
export function ChartFigure({
  label,
  table,
  children,
}: {
  label: string;
  table: Omit<FigureTableProps, 'caption' | 'hidden'>;
  children: ReactNode;
}) {
  if (table.rows.length === 0) return <FigureTable {...table} />;
  return (
    <Box component="figure" aria-label={label} m={0}>
      <div aria-hidden="true">{children}</div>
      <FigureTable {...table} caption={label} hidden />
    </Box>
  );
}
