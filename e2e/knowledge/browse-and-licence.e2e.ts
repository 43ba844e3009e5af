import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInThroughApi, type ApiSession } from '../approvals/rep-api.ts';
import { axeViolations } from '../support/axe.ts';
import { browserAvailable, launchBrowser, openPage, screenshot } from '../support/browser.ts';
import { personIdOf, setLicence, signedInAs, uniqueWord, writeArticle } from './knowledge-api.ts';

/**
 * The knowledge page before anything is typed lists the articles, newest first, a page at a time,
 * with the state filter; an article's page offers a rep only what their licence lets them do (a
 * candidate: no Validate, no Edit on a validated article). At a desk's width and at 375 px.
 */

const REP = 'agent@northwind.example';
const ADMIN = 'admin@northwind.example';

describe.skipIf(!browserAvailable)('browsing the knowledge base, as the licence allows', () => {
  let browser: Browser;
  let admin: ApiSession;
  let rep: ApiSession;
  let undoLicence: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signInThroughApi(browser, ADMIN);
    rep = await signInThroughApi(browser, REP);
    undoLicence = await setLicence(admin, await personIdOf(admin, REP), 'candidate');
  });

  afterAll(async () => {
    await undoLicence?.();
    await admin?.close();
    await rep?.close();
    await browser?.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ]) {
    it(
      `lists without a query, then offers a candidate only their moves, at ${viewport.width}px`,
      {
        timeout: 120_000,
      },
      async () => {
        const word = uniqueWord();
        const published = await writeArticle(admin, {
          title: `Zipper stuck ${word}`,
          problem: `The zipper of the tent is stuck ${word}`,
          resolution: 'Rub a candle on the teeth.',
        });
        const mine = await writeArticle(
          rep,
          {
            title: `Pole snapped ${word}`,
            problem: `A tent pole snapped ${word}`,
            resolution: 'Send the repair sleeve.',
          },
          'not_validated',
        );
        const { page, context, consoleErrors } = await openPage(browser, viewport);
        try {
          await signedInAs(page, REP);
          await page.goto('/knowledge');
          const list = page.getByRole('list', { name: 'Articles, newest first' });
          // Newest first: this run's two are on top, the rep's own not-validated one first.
          await expect
            .poll(() => list.getByRole('button').first().textContent())
            .toContain(mine.title);
          await list.getByRole('button', { name: new RegExp(published.title) }).waitFor();
          const shown = await list.getByRole('listitem').count();
          expect(shown).toBe(25);
          await page.getByRole('button', { name: 'Load more articles' }).click();
          await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(shown);
          expect(await axeViolations(page)).toEqual([]);
          await screenshot(page, `knowledge-browse-${viewport.width}`);

          await page.getByRole('combobox', { name: 'State' }).selectOption('validated');
          await expect
            .poll(() => list.getByRole('button').first().textContent())
            .toContain(published.title);
          expect(await list.getByRole('button', { name: new RegExp(mine.title) }).count()).toBe(0);

          // A validated article of someone else's: a candidate flags it, and that is all.
          await list.getByRole('button', { name: new RegExp(published.title) }).click();
          await page.getByRole('heading', { name: published.title, level: 1 }).waitFor();
          await page.getByRole('button', { name: 'Flag' }).waitFor();
          for (const name of ['Edit', 'Validate', 'Back to draft', 'Archive'])
            expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);

          // Their own not-validated one: Edit and back to draft, still no Validate.
          await page.goto(`/knowledge?article=${mine.id}`);
          await page.getByRole('heading', { name: mine.title, level: 1 }).waitFor();
          await page.getByRole('button', { name: 'Back to draft' }).waitFor();
          await page.getByRole('button', { name: 'Edit', exact: true }).waitFor();
          for (const name of ['Validate', 'Archive'])
            expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
          expect(await axeViolations(page)).toEqual([]);
          expect(consoleErrors).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  }
});
