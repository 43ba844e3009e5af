import { describe, expect, it } from 'vitest';

import { renderApp } from '../../testing/render.tsx';
import { ArticleMarkdown } from './ArticleMarkdown.tsx';
import { renderArticleMarkdown } from './markdown.ts';

const levels = (container: HTMLElement) =>
  [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.tagName.toLowerCase()} ${h.textContent}`,
  );

/**
 * Each source opens with a paragraph: under happy-dom, DOMPurify keeps the first element's text but
 * drops its tag (`<h1>One</h1>` comes out as `One`), which would hide the very heading under test,
 * and it lets attributes through that Chromium's DOM has it remove. What the sanitizer removes after
 * the shift is therefore judged in the browser (e2e/knowledge/sanitizer.e2e.ts); here, the levels.
 */
const lead = 'Before the steps.\n\n';

describe("an article's headings nest under where its body sits", () => {
  it('starts a # at the level given, keeps the steps between them, and stops at h6', () => {
    const { container } = renderApp(
      <ArticleMarkdown
        source={
          lead +
          '# Steps\n\nText\n\n## Check the carrier\n\n#### Deep\n\n###### Deepest\n\nUnder\n==='
        }
        headingLevel={3}
      />,
    );
    expect(levels(container)).toEqual([
      'h3 Steps',
      'h4 Check the carrier',
      'h6 Deep',
      'h6 Deepest',
      'h3 Under',
    ]);
  });

  it('moves raw HTML headings too, opening and closing tags alike', () => {
    const html = renderArticleMarkdown(
      lead +
        '<h1 onclick="alert(1)">Raw</h1>\n\n<h2>Two</h2><script>alert(2)</script>\n\nAn <h1>inline</h1> one',
      4,
    );
    const box = document.createElement('div');
    box.innerHTML = html;
    expect(levels(box)).toEqual(['h4 Raw', 'h5 Two', 'h4 inline']);
    expect(html).not.toMatch(/<\/?h[12]\b/i);
  });

  it('leaves headings as written at level 1 (nothing above them)', () => {
    const box = document.createElement('div');
    box.innerHTML = renderArticleMarkdown(`${lead}# One\n\n## Two`, 1);
    expect(levels(box)).toEqual(['h1 One', 'h2 Two']);
  });
});
