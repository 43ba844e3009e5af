import DOMPurify from 'dompurify';
import { Marked, type Token } from 'marked';

/** Only web and mail links (and image sources) survive: no javascript:, data: or relative tricks. */
const SAFE_URI = /^(?:https?|mailto):/i;

// Its own instance, so no other code's marked options or extensions change how articles render.
const marked = new Marked({ gfm: true, breaks: true, async: false });

let hooked = false;
function linkHook() {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href');
    if (!href || !SAFE_URI.test(href.trim())) node.removeAttribute('href');
    // An article's link leaves Leeway in a new tab that cannot reach back into this one.
    node.setAttribute('rel', 'noopener noreferrer');
    node.setAttribute('target', '_blank');
  });
}

/** A heading level is 1 to 6: one written deeper than the page has room for stays an h6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const headingTag = /<(\/?)h([1-6])(?=[\s>/])/gi;

/**
 * Moves every heading down by `shift` levels: markdown's (`#`, `##`, underlined) and raw HTML's
 * `<h1>`…, so none claims a level above where the article's body sits. Only the tag's level
 * changes; DOMPurify still judges the result.
 */
function shiftHeadings(token: Token, shift: number) {
  if (token.type === 'heading') token.depth = Math.min(6, token.depth + shift);
  else if (token.type === 'html') {
    const deeper = (_: string, slash: string, level: string) =>
      `<${slash}h${Math.min(6, Number(level) + shift)}`;
    token.text = token.text.replace(headingTag, deeper);
    token.raw = token.raw.replace(headingTag, deeper);
  }
}

/**
 * Article markdown as HTML that is safe to insert: marked renders it (raw HTML in the markdown
 * included) with its headings starting at `headingLevel` (a `#` is an h3 under a page's h2
 * section), and DOMPurify then removes scripts, event handlers, frames, forms and unsafe URLs.
 */
export function renderArticleMarkdown(source: string, headingLevel: HeadingLevel): string {
  linkHook();
  const tokens = marked.lexer(source);
  const shift = headingLevel - 1;
  if (shift > 0) marked.walkTokens(tokens, (token) => shiftHeadings(token, shift));
  const html = marked.parser(tokens);
  return DOMPurify.sanitize(html, {
    ALLOWED_URI_REGEXP: SAFE_URI,
    FORBID_TAGS: ['style', 'iframe', 'form', 'input', 'button', 'textarea', 'select', 'object'],
    FORBID_ATTR: ['style'],
    ADD_ATTR: ['target'],
  });
}
