import { describe, expect, it } from 'vitest';

import { makeSnippet } from './snippet.ts';

const marked = (s: { text: string; highlights: { start: number; end: number }[] }) =>
  s.highlights.map((h) => s.text.slice(h.start, h.end));

describe('makeSnippet', () => {
  const filler = (n: number, word = 'filler') => Array.from({ length: n }, () => word).join(' ');

  it('centres one window on the matches and marks each matched word', () => {
    const text = `${filler(40)} the **parcel** never came, says the tracking page. ${filler(40)}`;
    const snippet = makeSnippet(text, (w) => ['parcel', 'tracking'].includes(w.toLowerCase()));
    expect(marked(snippet)).toEqual(['parcel', 'tracking']);
    expect(snippet.text).toContain('the parcel never came, says the tracking page.');
    expect(snippet.text.split(' ').length).toBeLessThanOrEqual(28);
    expect(snippet.text).not.toContain('**');
  });

  it('takes a second window for matches far apart, in text order, never overlapping', () => {
    const text = `refund ${filler(60)} voucher ${filler(10)}`;
    const snippet = makeSnippet(text, (w) => w === 'refund' || w === 'voucher');
    expect(marked(snippet)).toEqual(['refund', 'voucher']);
    expect(snippet.text).toContain(' … ');
    expect(snippet.text.startsWith('refund')).toBe(true);
  });

  it('shows the first words when nothing matched, and copes with an empty text', () => {
    const snippet = makeSnippet(filler(50, 'word'), () => false);
    expect(snippet.highlights).toEqual([]);
    expect(snippet.text.split(' ')).toHaveLength(28);
    expect(makeSnippet('', () => true)).toEqual({ text: '', highlights: [] });
  });
});
