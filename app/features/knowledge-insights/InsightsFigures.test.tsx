import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { renderApp } from '../../testing/render.tsx';
import type { Metrics } from './api-types.ts';
import { InsightsFigures } from './InsightsFigures.tsx';

const ada = { id: '00000000-0000-4000-8000-000000000001', name: 'Ada Lovelace' };
const article = (n: number, title: string) => ({
  id: `00000000-0000-4000-8000-00000000010${n}`,
  title,
  state: 'validated' as const,
});
const refunds = article(1, 'Refund a parcel the carrier lost on its way to the customer');

const empty: Metrics = {
  from: '2026-09-01T00:00:00.000Z',
  to: '2026-12-01T00:00:00.000Z',
  linkRate: { closed: 0, linked: 0, rate: null, weeks: [] },
  reuse: [],
  contributors: [],
  openFlags: { count: 0, ages: [{ label: 'under a day', count: 0 }], oldest: [] },
  gaps: [],
  stale: { count: 0, articles: [] },
  withoutApproval: [],
  quality: { articles: [], authors: [] },
};

const busy: Metrics = {
  ...empty,
  linkRate: {
    closed: 12,
    linked: 9,
    rate: 0.75,
    weeks: [
      { weekStart: '2026-11-16', closed: 0, linked: 0, rate: null },
      { weekStart: '2026-11-23', closed: 12, linked: 9, rate: 0.75 },
    ],
  },
  reuse: [{ article: refunds, count: 7 }],
  openFlags: {
    count: 3,
    ages: [
      { label: 'under a day', count: 1 },
      { label: 'over 30 days', count: 2 },
    ],
    oldest: [],
  },
  quality: { articles: [], authors: [{ person: ada, score: 80, reviews: 3 }] },
  stale: {
    count: 40,
    articles: [{ article: article(2, 'Old returns label'), reuseCount: 0, lastReusedAt: null }],
  },
};

/** The rows of the table a figure reads out to a screen reader, cell by cell. */
function rowsOf(figure: string) {
  const table = within(screen.getByRole('figure', { name: figure })).getByRole('table', {
    name: figure,
  });
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

describe('the knowledge insights figures', () => {
  // happy-dom lays nothing out, and recharts draws nothing in a box of no size.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      new DOMRect(0, 0, 480, 240),
    );
  });
  afterEach(() => void vi.restoreAllMocks());

  it('names each chart and reads its figures out as a table', () => {
    renderApp(<InsightsFigures metrics={busy} />);
    expect(rowsOf('Link rate per week').slice(1)).toEqual([
      ['2026-11-16', '0 of 0', 'none closed'],
      ['2026-11-23', '9 of 12', '75 %'],
    ]);
    expect(rowsOf('Times each article was reused')[1]).toEqual([refunds.title, '7']);
    expect(rowsOf('Open flags by how long they have been open').slice(1)).toEqual([
      ['under a day', '1'],
      ['over 30 days', '2'],
    ]);
    expect(rowsOf('Mean quality score per author')[1]).toEqual([
      'Ada Lovelace (3\u00a0reviewed)',
      '80 %',
    ]);
    // The drawing repeats the table for the eye only.
    for (const figure of screen.getAllByRole('figure'))
      expect(figure.querySelector(':scope > [aria-hidden="true"] svg')).not.toBeNull();
  });

  it('says why a figure is empty instead of drawing nothing', () => {
    renderApp(<InsightsFigures metrics={empty} />);
    expect(screen.queryAllByRole('figure')).toEqual([]);
    for (const sentence of [
      'No contacts closed in these dates.',
      'No article was reused in these dates.',
      'No open flags.',
      'No article was scored against the standard in these dates.',
      "No grant within the rep's authority had an article linked.",
      'Nobody wrote or fixed an article in these dates.',
      'Every search in the last 30 days ended in a link.',
      'Every article was reused in the last 90 days.',
    ])
      expect(screen.getByText(sentence)).toBeTruthy();
  });

  it('captions a table that shows only part of what it counts', () => {
    renderApp(<InsightsFigures metrics={busy} />);
    const stale = screen.getByRole('table', {
      name: '40 articles not reused in 90 days; the 1 longest unused.',
    });
    expect(within(stale).getByRole('cell', { name: 'Old returns label' })).toBeTruthy();
    expect(within(stale).getByRole('cell', { name: 'never' })).toBeTruthy();
  });
});
