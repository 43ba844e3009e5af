import { describe, expect, it } from 'vitest';

import { describeResolution, humanize, relativeTime } from './history.ts';

const now = Date.parse('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();
const DAY = 86_400_000;
const label = (type: string) =>
  ({ refund: 'Refund', upgrade: 'Upgrade', loyalty_points: 'Loyalty points' })[type] ?? type;
const base = {
  type: 'refund',
  amountMinor: 3000,
  grantedAmountMinor: 3000,
  currency: 'USD',
  status: 'granted' as const,
  withinAuthority: true,
};

describe('history lines', () => {
  it('say when, the way people do', () => {
    expect(relativeTime(ago(20_000), now)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(DAY + 1000), now)).toBe('yesterday');
    expect(relativeTime(ago(9 * DAY), now)).toBe('last week');
    expect(relativeTime(ago(70 * DAY), now)).toBe('2 months ago');
    expect(relativeTime(ago(400 * DAY), now)).toBe('last year');
  });

  it('say what was done: "Refunded $30"', () => {
    expect(describeResolution(base, label)).toEqual({ text: 'Refunded $30', tone: 'granted' });
    expect(
      describeResolution(
        { ...base, grantedAmountMinor: 2000, amountMinor: 5000, withinAuthority: false },
        label,
      ).text,
    ).toBe('Refunded $20 · approved, asked $50');
    expect(
      describeResolution({ ...base, status: 'pending_approval', grantedAmountMinor: null }, label)
        .text,
    ).toBe('Refund $30 · waiting for approval');
    expect(describeResolution({ ...base, status: 'denied' }, label).text).toBe(
      'Refund $30 · denied',
    );
    expect(describeResolution({ ...base, status: 'cancelled' }, label).text).toBe(
      'Refund $30 · withdrawn',
    );
    expect(describeResolution({ ...base, type: 'loyalty_points' }, label).text).toBe(
      'Loyalty points $30',
    );
  });

  it('turn keys into words', () => {
    expect(humanize('in_fulfilment')).toBe('In fulfilment');
  });
});
