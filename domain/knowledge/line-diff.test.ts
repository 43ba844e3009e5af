import fc from 'fast-check';
import { expect, test } from 'vitest';

import { lineDiff, type DiffPart } from './line-diff.ts';

const side = (parts: DiffPart[], keep: 'added' | 'removed') =>
  parts.filter((p) => p.op !== keep).flatMap((p) => p.lines);

test('marks the changed lines of an edited resolution', () => {
  expect(
    lineDiff(
      'Check the tracking\nRefund the shipping\nApologize',
      'Check the tracking\nReship the order\nApologize',
    ),
  ).toEqual([
    { op: 'equal', lines: ['Check the tracking'] },
    { op: 'removed', lines: ['Refund the shipping'] },
    { op: 'added', lines: ['Reship the order'] },
    { op: 'equal', lines: ['Apologize'] },
  ]);
  expect(lineDiff('same', 'same')).toEqual([{ op: 'equal', lines: ['same'] }]);
  expect(lineDiff('', 'new')).toEqual([{ op: 'added', lines: ['new'] }]);
});

test('gives both texts back, keeping a longest common subsequence of lines', () => {
  const text = fc
    .array(fc.constantFrom('a', 'b', 'c', 'd', ''), { maxLength: 12 })
    .map((l) => l.join('\n'));
  fc.assert(
    fc.property(text, text, (before, after) => {
      const parts = lineDiff(before, after);
      const lines = (t: string) => (t === '' ? [] : t.split('\n'));
      expect(side(parts, 'added')).toEqual(lines(before));
      expect(side(parts, 'removed')).toEqual(lines(after));
      // Runs alternate: never two of the same kind in a row.
      for (let i = 1; i < parts.length; i++) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op);
    }),
  );
});
