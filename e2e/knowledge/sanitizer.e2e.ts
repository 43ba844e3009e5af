import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInThroughApi, type ApiSession } from '../approvals/rep-api.ts';
import { browserAvailable, launchBrowser, openPage } from '../support/browser.ts';
import { signedInAs, uniqueWord, writeArticle } from './knowledge-api.ts';

/**
 * Article markdown is stored as written and sanitized when it is shown: a script, an event
 * handler, javascript: links and frames stored through the API must do nothing in the browser.
 */
const hostile = [
  'Try these steps.',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  "[Open the label](javascript:window.__pwned='md-link')",
  '<a href="javascript:window.__pwned=\'html-link\'" id="raw-link">raw link</a>',
  '<a href="JaVaScRiPt&colon;window.__pwned=\'entity\'">entity link</a>',
  '<iframe src="javascript:window.__pwned=\'iframe\'"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=\'srcdoc\'</script>"></iframe>',
  '<svg><script>window.__pwned = "svg"</script></svg>',
  '[Carrier](https://carrier.example/track)',
  // Headings move below the page's own (a # is an h3 under the Resolution h2), then are sanitized.
  '# Steps for the carrier',
  '<h1 onclick="window.__pwned = \'heading\'">Raw heading</h1>',
].join('\n\n');

describe.skipIf(!browserAvailable)('an article’s markdown is sanitized', () => {
  let browser: Browser;
  let admin: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signInThroughApi(browser, 'admin@northwind.example');
  });
  afterAll(async () => {
    await admin?.close();
    await browser?.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    it(`runs nothing stored in an article, at ${viewport.width}px`, async () => {
      const article = await writeArticle(admin, {
        title: `Hostile markdown ${uniqueWord()}`,
        problem: 'Someone pasted HTML into an article',
        resolution: hostile,
      });
      const { page, context, consoleErrors } = await openPage(browser, viewport);
      await signedInAs(page, 'agent@northwind.example');
      await page.goto(`/knowledge?article=${article.id}`);
      const body = page.locator('.article-markdown');
      await body.getByText('Try these steps.').waitFor();
      // Clicking the links is what a rep would do; none may run code (the web link is left alone).
      for (const link of await body.locator('a:not([href^="https:"])').all())
        await link.click({ force: true, noWaitAfter: true, timeout: 2_000 }).catch(() => undefined);
      await body.locator('h3', { hasText: 'Raw heading' }).click();
      expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await body.locator('script, iframe, object, embed, svg script').count()).toBe(0);
      expect(await body.locator('[onerror], [onload], [onclick]').count()).toBe(0);
      expect(await body.locator('h1, h2').count()).toBe(0);
      expect(await body.locator('h3').allInnerTexts()).toEqual([
        'Steps for the carrier',
        'Raw heading',
      ]);
      const hrefs = await body
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href ?? '').not.toMatch(/^\s*javascript:/i);
      expect(hrefs).toContain('https://carrier.example/track');
      const rels = await body
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('rel')));
      expect(rels.every((rel) => rel === 'noopener noreferrer')).toBe(true);
      // Chrome reports the onerror= as a CSP refusal when DOMPurify parses the markdown's HTML in
      // an inert document (it would report the same for a bare DOMParser): nothing ran, and the
      // app's CSP would have refused it too. Anything else in the console is a failure.
      const cspReport = /^Executing inline event handler violates .*script-src-attr 'none'/;
      expect(consoleErrors.filter((e) => !cspReport.test(e))).toEqual([]);
      await context.close();
    });
  }
});
