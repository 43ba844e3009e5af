import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { basisPointsOf, formatMoney, parseMoneyInput } from './money.ts';

describe('money', () => {
  it('formats minor units the way people say amounts', () => {
    expect(formatMoney(100_00, 'USD')).toBe('$100');
    expect(formatMoney(1_234_50, 'USD')).toBe('$1,234.50');
    expect(formatMoney(1_000_000_05, 'USD')).toBe('$1,000,000.05');
    expect(formatMoney(-5, 'EUR')).toBe('-€0.05');
    expect(formatMoney(500, 'JPY')).toBe('¥500');
    expect(formatMoney(1250, 'KWD')).toBe('KWD 1.250');
    expect(formatMoney(1_001_000, 'SEK')).toBe('SEK 10,010');
  });

  it('agrees with Intl.NumberFormat for every amount', () => {
    const intl = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (minor) => {
        expect(formatMoney(minor, 'USD')).toBe(intl.format(minor / 100).replace(/\.00$/, ''));
      }),
    );
  });

  it('parses what people type into minor units', () => {
    expect(parseMoneyInput('140', 'USD')).toBe(140_00);
    expect(parseMoneyInput('$1,234.5', 'USD')).toBe(1_234_50);
    expect(parseMoneyInput('.99', 'USD')).toBe(99);
    expect(parseMoneyInput('12.345', 'USD')).toBeNull();
    expect(parseMoneyInput('12.5', 'JPY')).toBeNull();
    expect(parseMoneyInput('abc', 'USD')).toBeNull();
  });

  it('takes basis points of an amount exactly, in integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, bp) => {
          expect(basisPointsOf(amount, bp)).toBe(Number((BigInt(amount) * BigInt(bp)) / 10_000n));
        },
      ),
    );
  });
});
