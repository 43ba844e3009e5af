import { describe, expect, it } from 'vitest';

import { AttemptKeys, newIdempotencyKey } from './attempt-key.ts';
import { formatPhone, minorToInput, stopwatch } from './format.ts';
import { parseGuidelines } from './parse-guidelines.ts';

describe('idempotency keys', () => {
  it('are reused only to retry the same request', () => {
    let n = 0;
    const keys = new AttemptKeys(() => `key-${++n}`);
    expect(keys.keyFor('a')).toBe('key-1');
    expect(keys.keyFor('a')).toBe('key-1'); // the network failed: same attempt
    expect(keys.keyFor('b')).toBe('key-2'); // the rep changed the amount: a new attempt
    keys.settle();
    expect(keys.keyFor('b')).toBe('key-3'); // answered: the next submit is new
  });

  it('look like UUIDs', () => {
    expect(newIdempotencyKey()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('guidelines', () => {
  it('become paragraphs and bullet lists, nothing more', () => {
    const source =
      'Refund when we fell short.\n\n- In full when we made the mistake.\n- For part of an order, the item.\nSay what you did.';
    expect(parseGuidelines(source)).toEqual([
      { kind: 'paragraph', text: 'Refund when we fell short.' },
      {
        kind: 'list',
        items: ['In full when we made the mistake.', 'For part of an order, the item.'],
      },
      { kind: 'paragraph', text: 'Say what you did.' },
    ]);
    expect(parseGuidelines('One line\nwraps on.')).toEqual([
      { kind: 'paragraph', text: 'One line wraps on.' },
    ]);
    expect(parseGuidelines('')).toEqual([]);
  });
});

describe('formatting', () => {
  it('writes North American numbers the way reps read them', () => {
    expect(formatPhone('+13125550100')).toBe('+1 (312) 555-0100');
    expect(formatPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
  });

  it('puts minor units back into the amount field and ticks like a stopwatch', () => {
    expect(minorToInput(2500, 'USD')).toBe('25.00');
    expect(minorToInput(500, 'JPY')).toBe('500');
    expect(stopwatch(12_400)).toBe('0:12');
    expect(stopwatch(125_000)).toBe('2:05');
  });
});
