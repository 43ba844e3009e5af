import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export type FigureRow = { key: string; cells: ReactNode[] };

export type FigureTableProps = {
  head: string[];
  rows: FigureRow[];
  /** Said instead of an empty table. */
  empty: string;
  caption?: ReactNode;
  /** A chart's text alternative: read by a screen reader, not shown beside the chart it repeats. */
  hidden?: boolean;
};

/** The insights page's one table shell: caption, head, rows, and a sentence when there is nothing. */
export function FigureTable({ head, rows, empty, caption, hidden = false }: FigureTableProps) {
  if (rows.length === 0) return <Text size="sm">{empty}</Text>;
  const table = (
    <Table striped captionSide="top">
      {caption && <Table.Caption ta="left">{caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          {head.map((name) => (
            <Table.Th key={name}>{name}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            {row.cells.map((cell, i) => (
              <Table.Td key={head[i]}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  // The scroll container takes focus (see theme.ts), which a table nobody sees must not.
  if (hidden) return <VisuallyHidden>{table}</VisuallyHidden>;
  return <Table.ScrollContainer minWidth={320}>{table}</Table.ScrollContainer>;
}
