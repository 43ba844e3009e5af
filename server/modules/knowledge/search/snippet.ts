export type Snippet = {
  /** Plain text, never markup: the browser renders it as text and marks the ranges itself. */
  text: string;
  highlights: { start: number; end: number }[];
};

/** ts_headline's settings this replaces: MaxWords=28, MaxFragments=2, FragmentDelimiter=" … ". */
const MAX_WORDS = 28;
const MAX_FRAGMENTS = 2;
const DELIMITER = ' … ';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export type Word = { text: string; start: number; end: number };

/** The words of a text with where they stand, as a snippet chooses among them. */
export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The text's best one or two windows of words around the search's matches, the way ts_headline
 * picked them (the most matches a window holds, then the earliest), with the matched words as
 * ranges. Computed in the app from words whose lexemes are already known (lexize's cache), so the
 * page's query sends plain rows: `ts_headline` was about half of a search's database time.
 * Without a match, the text's first words.
 */
export function makeSnippet(text: string, isMatch: (word: string) => boolean): Snippet {
  const words = wordsOf(text);
  const matched = words.map((word) => isMatch(word.text));
  const windows: [number, number][] = [];
  for (let n = 0; n < MAX_FRAGMENTS; n++) {
    const next = bestWindow(matched, windows);
    if (!next) break;
    windows.push(next);
  }
  if (windows.length === 0) windows.push([0, Math.min(words.length, MAX_WORDS)]);
  windows.sort((a, b) => a[0] - b[0]);
  return compose(text, words, matched, windows);
}

/** The window of MAX_WORDS holding most matches not yet shown, centred on them; none without. */
function bestWindow(matched: boolean[], taken: [number, number][]): [number, number] | null {
  const free = (i: number) => !taken.some(([from, to]) => i >= from && i < to);
  const counts = matched.map((m, i) => (m && free(i) ? 1 : 0));
  let best = 0;
  let bestEnd = -1;
  let count = 0;
  for (let i = 0; i < counts.length; i++) {
    count += counts[i]! - (i >= MAX_WORDS ? counts[i - MAX_WORDS]! : 0);
    if (count > best) [best, bestEnd] = [count, i];
  }
  if (bestEnd < 0) return null;
  let first = Math.max(0, bestEnd - MAX_WORDS + 1);
  while (!counts[first]) first++;
  // The free run around the matches: a new window never overlaps one already taken.
  const low = Math.max(0, ...taken.map(([, to]) => to).filter((to) => to <= first));
  const high = Math.min(matched.length, ...taken.map(([from]) => from).filter((f) => f > first));
  let last = Math.min(bestEnd, high - 1);
  while (!counts[last]) last--;
  const pad = Math.floor((MAX_WORDS - (last - first + 1)) / 2);
  const to = Math.min(high, Math.max(first - pad, low) + MAX_WORDS);
  return [Math.max(low, to - MAX_WORDS), to];
}

function compose(
  text: string,
  words: Word[],
  matched: boolean[],
  windows: [number, number][],
): Snippet {
  let out = '';
  const highlights: Snippet['highlights'] = [];
  windows.forEach(([from, to], n) => {
    if (n > 0) out += DELIMITER;
    for (let i = from; i < to; i++) {
      const word = words[i]!;
      if (i > from) out += gapBetween(text, words[i - 1]!, word);
      if (matched[i]) highlights.push({ start: out.length, end: out.length + word.text.length });
      out += word.text;
    }
  });
  return { text: out, highlights };
}

/** What stood between two words, markdown marks dropped and whitespace folded to one space. */
function gapBetween(text: string, before: Word, after: Word): string {
  const gap = text
    .slice(before.end, after.start)
    .replace(/[*_`#>|]+/g, '')
    .replace(/\s+/g, ' ');
  return gap === '' ? ' ' : gap;
}
