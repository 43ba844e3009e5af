import { describe, expect, it } from 'vitest';

import { exportLinks, rangeProblem } from './export-links.ts';

describe('the Audit page export links', () => {
  it("spans the range's days where the organization is, its last day included", () => {
    const links = exportLinks({ from: '2026-11-01', to: '2026-11-30' }, 'America/Chicago');
    expect(links.map((l) => l.label)).toEqual([
      'Ledger entries as CSV',
      'Ledger entries as JSON Lines',
      'Resolutions as CSV',
      'Resolutions as JSON Lines',
    ]);
    const ledgerCsv = new URL(links[0]!.href, 'http://x');
    expect(ledgerCsv.pathname).toBe('/api/ledger/entries');
    // Chicago left daylight saving on November 1st: the 1st starts at 05:00 UTC, December 1st at 06:00.
    expect(Object.fromEntries(ledgerCsv.searchParams)).toEqual({
      from: '2026-11-01T05:00:00.000Z',
      to: '2026-12-01T06:00:00.000Z',
      format: 'csv',
    });
    expect(links.map((l) => l.fileName)).toEqual([
      'ledger-from-2026-11-01-to-2026-11-30.csv',
      'ledger-from-2026-11-01-to-2026-11-30.jsonl',
      'resolutions-from-2026-11-01-to-2026-11-30.csv',
      'resolutions-from-2026-11-01-to-2026-11-30.jsonl',
    ]);
  });

  it('leaves an open end open', () => {
    const [ledger, , resolutions] = exportLinks({ from: '', to: '2026-12-31' }, 'UTC');
    expect(ledger!.href).toBe('/api/ledger/entries?to=2027-01-01T00%3A00%3A00.000Z&format=csv');
    expect(resolutions!.fileName).toBe('resolutions-to-2026-12-31.csv');
    expect(exportLinks({ from: '', to: '' }, 'UTC')[1]).toMatchObject({
      href: '/api/ledger/entries?format=jsonl',
      fileName: 'ledger.jsonl',
    });
  });

  it('refuses a range that ends before it starts', () => {
    expect(rangeProblem({ from: '2026-11-02', to: '2026-11-01' })).toMatch(/after the last/);
    expect(rangeProblem({ from: '2026-11-01', to: '2026-11-01' })).toBeNull();
    expect(rangeProblem({ from: '2026-11-01', to: '' })).toBeNull();
  });
});
