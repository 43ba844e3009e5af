import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { signInThroughApi, type ApiSession } from '../approvals/rep-api.ts';
import { signedInAs } from '../knowledge/knowledge-api.ts';
import { axeViolations } from '../support/axe.ts';
import { browserAvailable, launchBrowser, openPage, screenshot } from '../support/browser.ts';
import { REP, TRAINER } from './training-api.ts';

/**
 * Issue 14 in the browser, the trainer's side: a course built in the course builder (lessons, a
 * choice question and a practice situation), previewed as a learner, published; the rep takes it;
 * the trainer's progress page counts the rep's answer. At a desk's width and at 375 px.
 */

const viewports = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
] as const;

type Attempt = { id: string; questions: { id: string; kind: string; options: string[] }[] };

async function expectAxeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

const question = (page: Page, n: number): Locator =>
  page.getByRole('group', { name: new RegExp(`^Question ${n}: `) });

async function buildCourse(page: Page, title: string, choicePrompt: string, says: string) {
  await page.getByRole('textbox', { name: /^Title\b/ }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Refunds the loyal way, with practice.');
  await page.getByLabel('Pass mark (%)').fill('50');
  await page.getByLabel('Questions per attempt').fill('2');

  await page.getByLabel('Lesson title').first().fill('Fix it on the spot');
  await page
    .getByLabel('Lesson text (markdown)')
    .first()
    .fill('A customer helped **at once** stays a customer.');
  await page.getByRole('button', { name: 'Add a lesson' }).click();
  await page.getByLabel('Lesson title').nth(1).fill('Know your limit');
  await page
    .getByLabel('Lesson text (markdown)')
    .nth(1)
    .fill('Within your limit you decide alone; above it, ask.');

  await page.getByRole('button', { name: 'Add: single choice' }).click();
  const choice = question(page, 1);
  await choice.getByLabel('Question', { exact: true }).fill(choicePrompt);
  await choice
    .getByLabel('Options', { exact: true })
    .fill('Apologise and fix it\nAsk for a photo first\nSend them to the courier');
  await choice.getByRole('checkbox', { name: 'Right: Apologise and fix it' }).check();

  await page.getByRole('button', { name: 'Add: practice a situation' }).click();
  const situation = question(page, 2);
  await situation.getByLabel('Question', { exact: true }).fill('What do you offer, and may you?');
  await situation.getByLabel('What the customer says').fill(says);
  await situation.getByLabel('Amount asked').fill('40');
  // The policy's types are offered to pick from: the situation is written against them.
  await expect.poll(() => situation.getByLabel('They ask for').inputValue()).not.toBe('');
}

/** The rep's sitting, through the API as the learner screens call it: the choice right, the situation answered. */
async function takeCourse(rep: ApiSession, courseId: string) {
  const { attempt } = await rep.send<{ attempt: Attempt }>(
    'POST',
    `/api/training/courses/${courseId}/attempts`,
  );
  expect(attempt.questions).toHaveLength(2);
  for (const q of attempt.questions)
    await rep.send('POST', `/api/training/attempts/${attempt.id}/answers`, {
      questionId: q.id,
      answer:
        q.kind === 'situation'
          ? { type: 'refund', amount: 4000, currency: 'USD', decision: 'grant' }
          : [q.options.indexOf('Apologise and fix it')],
    });
  await rep.send('POST', `/api/training/attempts/${attempt.id}/submit`);
}

describe.skipIf(!browserAvailable)('a trainer builds a course and sees the rep take it', () => {
  let browser: Browser;
  let rep: ApiSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    rep = await signInThroughApi(browser, REP);
  });

  afterAll(async () => {
    await rep?.close();
    await browser?.close();
  });

  for (const viewport of viewports) {
    it(`builds, previews, publishes, and counts the rep's attempt at ${viewport.width}px`, async () => {
      const stamp = `${viewport.width}-${Date.now()}`;
      const title = `Loyal refunds ${stamp}`;
      const choicePrompt = `A loyal customer’s parcel arrived broken (${stamp}). What comes first?`;
      const says = `The mug arrived in pieces, and it was a gift (${stamp}).`;
      const { page, context, consoleErrors } = await openPage(browser, viewport);
      await signedInAs(page, TRAINER);

      await page.goto('/trainer');
      await page.getByRole('heading', { name: 'Trainer home', level: 1 }).waitFor();
      await expectAxeClean(page);

      await page.goto('/trainer/courses');
      await page.getByRole('heading', { name: 'Course builder', level: 1 }).waitFor();
      await buildCourse(page, title, choicePrompt, says);
      await expectAxeClean(page);
      await screenshot(page, `trainer-builder-${viewport.width}`);

      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('status').filter({ hasText: 'Draft saved.' }).waitFor();
      await page.waitForURL(/\/trainer\/courses\?course=/);
      const courseId = new URL(page.url()).searchParams.get('course') ?? '';
      await page.getByText('Draft', { exact: true }).waitFor();
      // The stored draft, read back: what was typed survived the round trip.
      await expect
        .poll(() => page.getByRole('textbox', { name: /^Title\b/ }).inputValue())
        .toBe(title);

      await page.getByRole('switch', { name: 'Preview as a learner' }).check();
      await page.getByRole('heading', { name: 'Lesson 1: Fix it on the spot' }).waitFor();
      await page.getByRole('heading', { name: 'Lesson 2: Know your limit' }).waitFor();
      await page.getByText('Each attempt draws 2 of these 2 questions.').waitFor();
      await page.getByRole('radio', { name: 'Apologise and fix it', exact: true }).check();
      await page.getByText(says).waitFor();
      await expectAxeClean(page);
      await screenshot(page, `trainer-preview-${viewport.width}`);

      await page.getByRole('button', { name: 'Publish' }).click();
      await page.getByText('Published', { exact: true }).waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
      await expectAxeClean(page);

      await takeCourse(rep, courseId);

      await page.goto('/trainer/progress');
      await page.getByRole('heading', { name: 'Training progress', level: 1 }).waitFor();
      // Per-question figures count choice questions only: the situation has no row.
      const row = page.getByRole('row').filter({ hasText: choicePrompt });
      await row.waitFor();
      const cells = async () =>
        (await row.getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      await expect.poll(cells).toEqual([`${choicePrompt} ${title}`, '1', '100%', 'None']);
      await expectAxeClean(page);
      await screenshot(page, `trainer-progress-${viewport.width}`);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  }
});
