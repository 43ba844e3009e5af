import {
  Box,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Text,
  useMantineTheme,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type KeyboardEvent } from 'react';

import type { PolicyDocument } from '../../../domain/authority/policy.ts';
import { formatMoney } from '../../../domain/money.ts';
import { summarizeRule } from './cell-summary.ts';
import { GridCell } from './GridCell.tsx';
import type { Change } from './policy-diff.ts';
import { cellKey, contactLimitFor, ruleFor } from './policy-edit.ts';
import type { IssueIndex } from './policy-issues.ts';
import { Spaced } from './Spaced.tsx';
import { useCertificationTitles } from './use-certification-catalogue.ts';

import './policy.css';

export type GridSelection =
  { kind: 'rule'; level: string; type: string } | { kind: 'contact'; level: string };

type AuthorityGridProps = {
  doc: PolicyDocument;
  issues: IssueIndex;
  changes: readonly Change[];
  selection: GridSelection | null;
  onSelect: (selection: GridSelection) => void;
};

const arrows: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** Arrow keys move between cells, as in a spreadsheet; Enter or Space opens one. */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  const step = arrows[event.key];
  if (!step) return;
  const row = Number(event.currentTarget.dataset.row) + step[0];
  const col = Number(event.currentTarget.dataset.col) + step[1];
  const next = event.currentTarget
    .closest('table')
    ?.querySelector<HTMLButtonElement>(`button[data-row="${row}"][data-col="${col}"]`);
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/**
 * The authority matrix: resolution types down the side, levels across (lowest first), so five level
 * columns share 1280px instead of nine type columns; the per-contact totals close each level's column.
 */
export function AuthorityGrid(props: AuthorityGridProps) {
  const theme = useMantineTheme();
  const wide = useMediaQuery(`(min-width: ${theme.breakpoints.sm})`, true, {
    getInitialValueInEffect: false,
  });
  return wide ? <WideGrid {...props} /> : <NarrowGrid {...props} />;
}

function useCellFacts({ doc, issues, changes }: AuthorityGridProps) {
  const titleOf = useCertificationTitles();
  const changedCells = new Set(
    changes
      .filter((c) => c.area === 'limits' && c.level && c.type)
      .map((c) => cellKey(c.level!, c.type!)),
  );
  const changedContacts = new Set(
    changes.filter((c) => c.area === 'contact' && c.level).map((c) => c.level!),
  );
  const rule = (level: string, typeKey: string) => {
    const type = doc.resolutionTypes.find((t) => t.key === typeKey);
    return {
      summary: summarizeRule(
        ruleFor(doc, level, typeKey),
        type?.customerWindowDays ?? 30,
        doc.currency,
        titleOf,
      ),
      problems: (issues.byCell.get(cellKey(level, typeKey)) ?? []).map((i) => i.message),
      changed: changedCells.has(cellKey(level, typeKey)),
    };
  };
  const contact = (level: string) => {
    const limit = contactLimitFor(doc, level);
    return {
      text: limit === undefined ? 'No limit' : formatMoney(limit, doc.currency),
      problems: (issues.byContact.get(level) ?? []).map((i) => i.message),
      changed: changedContacts.has(level),
    };
  };
  return { rule, contact };
}

const isSelected = (selection: GridSelection | null, level: string, type?: string) =>
  selection !== null &&
  selection.level === level &&
  (selection.kind === 'rule' ? selection.type === type : type === undefined);

function WideGrid(props: AuthorityGridProps) {
  const { doc, selection, onSelect } = props;
  const facts = useCellFacts(props);
  return (
    <Box style={{ overflowX: 'auto' }}>
      <table className="lw-grid" aria-describedby="grid-help">
        <caption>
          <VisuallyHidden>
            Authority matrix: resolution types by authority level, lowest level first
          </VisuallyHidden>
        </caption>
        <GridHead doc={doc} />
        <tbody>
          {doc.resolutionTypes.map((type, row) => (
            <tr key={type.key}>
              <th scope="row">
                <Text size="sm" fw={600} lh={1.25}>
                  {type.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {type.cost.kind === 'fixed'
                    ? `Fixed ${formatMoney(type.cost.amountMinor, doc.currency)} · `
                    : ''}
                  {type.customerWindowDays}-day window
                </Text>
              </th>
              {doc.levels.map((level, col) => {
                const cell = facts.rule(level.key, type.key);
                return (
                  <td key={level.key}>
                    <GridCell
                      label={`${level.name} × ${type.label}`}
                      {...cell}
                      selected={isSelected(selection, level.key, type.key)}
                      row={row}
                      col={col}
                      onOpen={() => onSelect({ kind: 'rule', level: level.key, type: type.key })}
                      onKeyDown={moveFocus}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <ContactRow {...props} />
        </tfoot>
      </table>
      <GridLegend />
    </Box>
  );
}

function GridHead({ doc }: { doc: PolicyDocument }) {
  return (
    <thead>
      <tr>
        <th scope="col">
          <Text size="xs" c="dimmed" fw={500}>
            Resolution type
          </Text>
        </th>
        {doc.levels.map((level, i) => (
          <th key={level.key} scope="col">
            {level.name}
            <Text size="xs" c="dimmed" fw={400}>
              Level {i + 1}
            </Text>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The per-contact totals that close each level's column. */
function ContactRow(props: AuthorityGridProps) {
  const { doc, selection, onSelect } = props;
  const facts = useCellFacts(props);
  return (
    <tr>
      <th scope="row">
        <Text size="sm" fw={600}>
          Total per contact
        </Text>
        <Text size="xs" c="dimmed">
          All types in one contact
        </Text>
      </th>
      {doc.levels.map((level, col) => {
        const cell = facts.contact(level.key);
        return (
          <td key={level.key}>
            <ContactCell
              label={`${level.name} total per contact`}
              {...cell}
              selected={isSelected(selection, level.key)}
              row={doc.resolutionTypes.length}
              col={col}
              onOpen={() => onSelect({ kind: 'contact', level: level.key })}
            />
          </td>
        );
      })}
    </tr>
  );
}

function ContactCell(props: {
  label: string;
  text: string;
  problems: string[];
  changed: boolean;
  selected: boolean;
  row: number;
  col: number;
  onOpen: () => void;
}) {
  const { label, text, problems, changed, selected, row, col, onOpen } = props;
  const nameId = `contact-${row}-${col}-name`;
  const contentId = `contact-${row}-${col}`;
  return (
    <button
      type="button"
      className="lw-cell"
      aria-labelledby={`${nameId} ${contentId}`}
      aria-invalid={problems.length > 0 || undefined}
      data-row={row}
      data-col={col}
      data-compact
      data-changed={changed || undefined}
      data-selected={selected || undefined}
      data-invalid={problems.length > 0 || undefined}
      onClick={onOpen}
      onKeyDown={moveFocus}
    >
      <span id={nameId} hidden>
        {label}
      </span>
      <Stack gap={0} id={contentId}>
        <Spaced>
          <Text fw={600} size="sm">
            {text}
          </Text>
          {changed ? (
            <Text size="xs" c="blue.8" fw={500}>
              Changed in draft
            </Text>
          ) : null}
          {problems.map((p) => (
            <Text key={p} size="xs" c="red.8">
              {p}
            </Text>
          ))}
        </Spaced>
      </Stack>
    </button>
  );
}

function GridLegend() {
  return (
    <Group gap="lg" mt="xs" id="grid-help">
      <Text size="xs" c="dimmed">
        Select a cell to edit it; arrow keys move between cells.
      </Text>
      <Text size="xs" c="dimmed">
        <Text span c="blue.8" fw={700}>
          ▌
        </Text>{' '}
        changed in this draft
      </Text>
      <Text size="xs" c="dimmed">
        <Text span c="red.8" fw={700}>
          ▌
        </Text>{' '}
        needs fixing before publishing
      </Text>
    </Group>
  );
}

/** Below `sm` five columns do not fit: one type at a time, its levels stacked. */
function NarrowGrid(props: AuthorityGridProps) {
  const { doc, selection, onSelect } = props;
  const facts = useCellFacts(props);
  const [typeKey, setTypeKey] = useState(() =>
    selection?.kind === 'rule' ? selection.type : (doc.resolutionTypes[0]?.key ?? ''),
  );
  const type = doc.resolutionTypes.find((t) => t.key === typeKey) ?? doc.resolutionTypes[0];
  const flagged = (key: string) =>
    doc.levels.some((l) => (props.issues.byCell.get(cellKey(l.key, key)) ?? []).length > 0);
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Resolution type"
        value={type?.key ?? ''}
        onChange={(event) => setTypeKey(event.currentTarget.value)}
        data={doc.resolutionTypes.map((t) => ({
          value: t.key,
          label: flagged(t.key) ? `${t.label} (needs fixing)` : t.label,
        }))}
      />
      {type ? (
        <Stack gap={6}>
          {doc.levels.map((level, i) => (
            <Group key={level.key} gap="sm" wrap="nowrap" align="stretch">
              <Box w={96} pt={8} style={{ flexShrink: 0 }}>
                <Text size="sm" fw={600}>
                  {level.name}
                </Text>
                <Text size="xs" c="dimmed">
                  Level {i + 1}
                </Text>
              </Box>
              <Box style={{ flex: 1, minWidth: 0 }}>
                <GridCell
                  label={`${level.name} × ${type.label}`}
                  {...facts.rule(level.key, type.key)}
                  selected={isSelected(selection, level.key, type.key)}
                  row={i}
                  col={0}
                  onOpen={() => onSelect({ kind: 'rule', level: level.key, type: type.key })}
                />
              </Box>
            </Group>
          ))}
        </Stack>
      ) : null}
      <NarrowContactTotals {...props} />
    </Stack>
  );
}

function NarrowContactTotals(props: AuthorityGridProps) {
  const { doc, selection, onSelect } = props;
  const facts = useCellFacts(props);
  return (
    <Paper withBorder p="sm">
      <Text size="sm" fw={600} mb={6}>
        Total per contact
      </Text>
      <Stack gap={6}>
        {doc.levels.map((level, i) => {
          const cell = facts.contact(level.key);
          return (
            <Group key={level.key} gap="sm" wrap="nowrap">
              <Text size="sm" w={96} style={{ flexShrink: 0 }}>
                {level.name}
              </Text>
              <Box style={{ flex: 1 }}>
                <ContactCell
                  label={`${level.name} total per contact`}
                  {...cell}
                  selected={isSelected(selection, level.key)}
                  row={i}
                  col={1}
                  onOpen={() => onSelect({ kind: 'contact', level: level.key })}
                />
              </Box>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
