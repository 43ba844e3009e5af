import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInThroughApi, type ApiSession } from '../approvals/rep-api.ts';
import { axeViolations } from '../support/axe.ts';
import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

/**
 * Issue 13, the coaches' side: Northwind's coach (the trainer) opens the sample, scores an article a
 * publisher has just written against the content standard, and sees that author's score move on the
 * Knowledge insights page. Both pages pass axe at a desk's width and at 375 px.
 */
const COACH = 'trainer@northwind.example';
const AUTHOR = 'supervisor@northwind.example';

type Authors = { person: { id: string; name: string }; score: number; reviews: number }[];

async function authorScore(coach: ApiSession, authorId: string) {
  const { quality } = await coach.get<{ quality: { authors: Authors } }>('/api/knowledge/metrics');
  return quality.authors.find((a) => a.person.id === authorId) ?? null;
}

async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

describe.skipIf(!browserAvailable)('a coach scores an article', () => {
  let browser: Browser;
  let author: ApiSession;
  let coach: ApiSession;
  let me: { id: string; name: string };

  beforeAll(async () => {
    browser = await launchBrowser();
    author = await signInThroughApi(browser, AUTHOR);
    coach = await signInThroughApi(browser, COACH);
    me = (await author.get<{ person: { id: string; name: string } }>('/api/me')).person;
  });
  afterAll(async () => {
    await author?.close();
    await coach?.close();
    await browser?.close();
  });

  it('scores a sampled article against the checklist and sees its author’s score move', async () => {
    const title = `Gift card not accepted ${Date.now().toString(36)}`;
    await author.send('POST', '/api/knowledge/articles', {
      title,
      problem: 'The gift card code is refused at checkout',
      resolution: 'Check the code for O and 0.\nIf it still fails, reissue the card.',
      visibility: 'internal',
      state: 'validated',
    });
    const before = await authorScore(coach, me.id);

    const { page, consoleErrors, context } = await openPage(browser, { width: 1280, height: 800 });
    await signInAs(page, COACH);
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto('/knowledge/review');
    await page.getByRole('button', { name: title }).click();
    await page.getByRole('heading', { name: title, level: 2 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Only the first item met: a low score, so the author's mean moves whatever it was.
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: /^Score 1 of/ }).click();
    await page.getByText(new RegExp(`“${title}” scored \\d+ %`)).waitFor();
    await screenshot(page, 'knowledge-review-1280');

    await page.goto('/knowledge/insights');
    const after = await authorScore(coach, me.id);
    expect(after?.reviews).toBe((before?.reviews ?? 0) + 1);
    expect(after?.score).not.toBe(before?.score);
    // The chart's text alternative, the table a screen reader reads in its place.
    await page
      .getByRole('figure', { name: 'Mean quality score per author' })
      .getByRole('row', { name: `${me.name} (${after!.reviews} reviewed) ${after!.score} %` })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'knowledge-insights-1280');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows both pages at 375 px, without scrolling sideways', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, COACH);
    await page.waitForURL((url) => url.pathname !== '/login');
    for (const path of ['/knowledge/insights', '/knowledge/review']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.mantine-Loader').waitFor({ state: 'detached' });
      await fitsWidth(page, 375);
      expect(await axeViolations(page), path).toEqual([]);
      await screenshot(page, `knowledge${path.replaceAll('/', '-')}-375`);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
