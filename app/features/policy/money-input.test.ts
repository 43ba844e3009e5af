import { describe, expect, it } from 'vitest';

import { parseMoneyInput } from '../../../domain/money.ts';
import { basisPointsToPercent, currencyPrefix, minorToInput } from './money-input.ts';

describe('money inputs', () => {
  it('shows minor units as a person types them, and parses back to the same', () => {
    for (const [minor, text] of [
      [7_500, '75'],
      [7_550, '75.50'],
      [123_405, '1234.05'],
      [0, '0'],
    ] as const) {
      expect(minorToInput(minor, 'USD')).toBe(text);
      expect(parseMoneyInput(text, 'USD')).toBe(minor);
    }
    expect(minorToInput(500, 'JPY')).toBe('500');
    expect(minorToInput(undefined, 'USD')).toBe('');
  });

  it('knows the prefix and the percent', () => {
    expect(currencyPrefix('USD')).toBe('$');
    expect(currencyPrefix('KWD')).toBe('KWD');
    expect(basisPointsToPercent(150)).toBe('1.5%');
    expect(basisPointsToPercent(100)).toBe('1%');
  });
});
