import DOMPurify from 'dompurify';
import { Marked } from 'marked';

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

/**
 * Article markdown as HTML that is safe to insert: marked renders it (raw HTML in the markdown
 * included), DOMPurify then removes scripts, event handlers, frames, forms and unsafe URLs.
 */
export function renderArticleMarkdown(source: string): string {
  linkHook();
  const html = marked.parse(source) as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_URI_REGEXP: SAFE_URI,
    FORBID_TAGS: ['style', 'iframe', 'form', 'input', 'button', 'textarea', 'select', 'object'],
    FORBID_ATTR: ['style'],
    ADD_ATTR: ['target'],
  });
}
