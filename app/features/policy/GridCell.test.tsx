import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../testing/render.tsx';
import { summarizeRule } from './cell-summary.ts';
import { GridCell } from './GridCell.tsx';

/** The words a person sees in the cell, as axe reads them: text as it is, hidden parts left out. */
function visibleWords(element: HTMLElement): string[] {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[hidden]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').split(/\s+/).filter(Boolean);
}

function renderCell(options: { changed?: boolean; problems?: string[] } = {}) {
  const summary = summarizeRule(
    {
      barred: false,
      level: 'agent',
      type: 'gift',
      perIncidentMinor: 4000,
      perMonthMinor: 20000,
      requiredCertification: 'gifts',
    },
    30,
    'USD',
  );
  renderApp(
    <GridCell
      label="Agent × Goodwill gift"
      summary={summary}
      problems={options.problems ?? []}
      changed={options.changed ?? false}
      selected={false}
      row={0}
      col={0}
      onOpen={() => undefined}
    />,
  );
  return screen.getByRole('button', { name: /^Agent × Goodwill gift / });
}

describe('a policy grid cell', () => {
  it('is named by its pair and then by the words it shows, each line a word apart', () => {
    const cell = renderCell({ changed: true, problems: ['Below the Agent’s limit'] });
    expect(visibleWords(cell)).toEqual([
      ...['$40', 'per', 'incident', '$200', 'per', 'month', 'Cert:', 'gifts'],
      ...['Changed', 'in', 'draft', 'Below', 'the', 'Agent’s', 'limit'],
    ]);
    // The name holds the visible text, so a voice command saying what is shown finds the cell.
    const visible = visibleWords(cell).join(' ');
    expect(screen.getByRole('button', { name: `Agent × Goodwill gift ${visible}` })).toBe(cell);
    expect(cell.getAttribute('aria-invalid')).toBe('true');
  });

  it('names a barred cell by its pair and "Barred"', () => {
    renderApp(
      <GridCell
        label="Director × Repair"
        summary={summarizeRule(undefined, 30, 'USD')}
        problems={[]}
        changed={false}
        selected={false}
        row={1}
        col={4}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Director × Repair Barred' })).toBeDefined();
  });
});
