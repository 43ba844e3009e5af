/** ts_headline marks matches with these control characters, which no article's text holds as markup. */
export const START_MARK = '\u0002';
export const STOP_MARK = '\u0003';

export type Snippet = {
  /** Plain text: the browser renders it as text and wraps the highlighted ranges itself. */
  text: string;
  highlights: { start: number; end: number }[];
  /** The same, HTML-escaped, with <mark> around each match: safe to set as HTML. */
  html: string;
};

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c]!);

export function snippetFrom(headline: string): Snippet {
  const highlights: { start: number; end: number }[] = [];
  let text = '';
  let html = '';
  const parts = headline.split(START_MARK);
  parts.forEach((part, i) => {
    const [marked, rest] = i === 0 ? ['', part] : splitOnce(part, STOP_MARK);
    if (marked) {
      highlights.push({ start: text.length, end: text.length + marked.length });
      text += marked;
      html += `<mark>${escapeHtml(marked)}</mark>`;
    }
    text += rest;
    html += escapeHtml(rest);
  });
  return { text, highlights, html };
}

function splitOnce(part: string, mark: string): [string, string] {
  const at = part.indexOf(mark);
  return at < 0
    ? [part, '']
    : [part.slice(0, at), part.slice(at + mark.length).replaceAll(mark, '')];
}
