import { Badge, Group, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';

import type { CellSummary } from './cell-summary.ts';
import { Spaced } from './Spaced.tsx';

type GridCellProps = {
  label: string;
  summary: CellSummary;
  problems: string[];
  changed: boolean;
  selected: boolean;
  row: number;
  col: number;
  onOpen: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
};

/**
 * One level × type cell: a button named by the pair and then what it shows ("Agent × Refund $100
 * per incident …"), so the name holds the visible text, as a voice command would say it.
 */
export function GridCell(props: GridCellProps) {
  const { label, summary, problems, changed, selected, row, col } = props;
  const nameId = `cell-${row}-${col}-name`;
  const contentId = `cell-${row}-${col}`;
  return (
    <button
      type="button"
      className="lw-cell"
      aria-labelledby={`${nameId} ${contentId}`}
      aria-invalid={problems.length > 0 || undefined}
      data-row={row}
      data-col={col}
      data-barred={summary.barred || undefined}
      data-changed={changed || undefined}
      data-selected={selected || undefined}
      data-invalid={problems.length > 0 || undefined}
      onClick={props.onOpen}
      onKeyDown={props.onKeyDown}
    >
      <span id={nameId} hidden>
        {label}
      </span>
      <Stack gap={2} id={contentId}>
        <Spaced>
          {summary.barred ? (
            <Badge color="gray" variant="outline" size="sm">
              Barred
            </Badge>
          ) : (
            <CellLimits summary={summary} />
          )}
          {changed ? (
            <Text size="xs" c="blue.8" fw={500}>
              Changed in draft
            </Text>
          ) : null}
          {problems.map((p) => (
            <Text key={p} size="xs" c="red.8" lh={1.3}>
              {p}
            </Text>
          ))}
        </Spaced>
      </Stack>
    </button>
  );
}

function CellLimits({ summary }: { summary: Extract<CellSummary, { barred: false }> }) {
  return (
    <Spaced>
      <Text fw={600} size="md" lh={1.2}>
        {summary.incident}
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          per incident
        </Text>
      </Text>
      {summary.lines.map((line) => (
        <Text key={line} size="xs" c="dimmed" lh={1.3}>
          {line}
        </Text>
      ))}
      {summary.badges.length > 0 ? (
        <Group gap={4} mt={2}>
          <Spaced>
            {summary.badges.map((b) => (
              <Badge
                key={b.label}
                color={b.color}
                variant="light"
                size="xs"
                title={b.title}
                tt="none"
              >
                {b.label}
              </Badge>
            ))}
          </Spaced>
        </Group>
      ) : null}
    </Spaced>
  );
}
