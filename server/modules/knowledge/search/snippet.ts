/** ts_headline marks matches with these control characters, which no article's text holds as markup. */
export const START_MARK = '\u0002';
export const STOP_MARK = '\u0003';

export type Snippet = {
  /** Plain text, never markup: the browser renders it as text and marks the ranges itself. */
  text: string;
  highlights: { start: number; end: number }[];
};

export function snippetFrom(headline: string): Snippet {
  const highlights: { start: number; end: number }[] = [];
  let text = '';
  const parts = headline.split(START_MARK);
  parts.forEach((part, i) => {
    const [marked, rest] = i === 0 ? ['', part] : splitOnce(part, STOP_MARK);
    if (marked) {
      highlights.push({ start: text.length, end: text.length + marked.length });
      text += marked;
    }
    text += rest;
  });
  return { text, highlights };
}

function splitOnce(part: string, mark: string): [string, string] {
  const at = part.indexOf(mark);
  return at < 0
    ? [part, '']
    : [part.slice(0, at), part.slice(at + mark.length).replaceAll(mark, '')];
}
