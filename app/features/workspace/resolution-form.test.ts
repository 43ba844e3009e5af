import { describe, expect, it } from 'vitest';

import { ApiError } from '../../api/client.ts';
import type { CustomerProfile } from './api-types.ts';
import { checkResolution, orderOptions, sendErrorText } from './resolution-form.ts';
import type { TypeOption } from './use-decision-preview.ts';

const goodwill: TypeOption = {
  type: 'goodwill',
  label: 'Goodwill credit',
  guidelines: '',
  reasonRequired: true,
  fixedAmountMinor: null,
};

describe('the resolution form’s checks', () => {
  it('asks for a type, an amount and, where the type needs one, a reason', () => {
    expect(
      checkResolution({ allowance: null, amountMinor: null, amountText: ' ', reason: '' }),
    ).toEqual({
      type: 'Choose a resolution type',
      amount: 'Type the amount',
    });
    expect(
      checkResolution({ allowance: goodwill, amountMinor: null, amountText: '2x', reason: '  ' }),
    ).toEqual({
      amount: 'Type an amount such as 25 or 25.50',
      reason: 'Say why: goodwill credit needs a reason',
    });
    expect(
      checkResolution({
        allowance: { ...goodwill, reasonRequired: false },
        amountMinor: 2500,
        amountText: '25',
        reason: '',
      }),
    ).toEqual({});
  });

  it('keeps field errors beside their field and offers a safe retry when the request may be lost', () => {
    expect(sendErrorText(null)).toBeNull();
    expect(
      sendErrorText(new ApiError(400, 'validation_failed', 'amount: too much', 'amount')),
    ).toBeNull();
    expect(sendErrorText(new ApiError(409, 'conflict', 'The contact is closed.'))).toBe(
      'The contact is closed.',
    );
    expect(sendErrorText(new ApiError(0, 'network', 'Could not reach Leeway.'))).toBe(
      'Could not reach Leeway. Press Request resolution again: it will not be granted twice.',
    );
  });

  it('labels orders with number, status, total and age', () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    const order: CustomerProfile['orders'][number] = {
      id: 'o1',
      number: 'NW-1001',
      status: 'delivered',
      total: { amountMinor: 12_000, currency: 'USD' },
      placedAt: '2026-11-21T09:00:00Z',
      items: [],
    };
    const options = orderOptions([order], now);
    expect(options[0]).toEqual({ value: '', label: 'No specific order' });
    expect(options[1]?.value).toBe('o1');
    expect(options[1]?.label).toMatch(/^NW-1001 · .+ · \$120.* · 1 day old$/);
  });
});
