import { describe, expect, it } from 'vitest';

import { csvCell } from './csv-cell.ts';

describe('csvCell', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])(
    'makes %j text with a leading quote',
    (value) => expect(csvCell(value)).toBe(`'${value}`),
  );

  it('leaves other text, numbers, booleans and nulls as they are', () => {
    expect(csvCell('Arrived damaged')).toBe('Arrived damaged');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-5)).toBe(-5);
    expect(csvCell(true)).toBe(true);
    expect(csvCell(null)).toBeNull();
    expect(csvCell(undefined)).toBeNull();
  });

  it('writes an object as JSON, escaped the same way', () => {
    expect(csvCell({ a: 1 })).toBe('{"a":1}');
  });
});
