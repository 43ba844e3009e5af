import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';
import {
  pickCustomer,
  requestOverLimitRefund,
  resolutionOf,
  signInThroughApi,
  tidyUp,
  type ApiSession,
  type OverLimitRequest,
} from './rep-api.ts';

const SUPERVISOR = 'supervisor@northwind.example';
const unique = () => Math.random().toString(36).slice(2, 8);

/** Full-page shots of a scrolled page draw the fixed header mid-page; start from the top. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

async function openConsole(page: Page): Promise<void> {
  await signInAs(page, SUPERVISOR);
  await page.getByRole('link', { name: 'Approvals' }).waitFor();
  await page.goto('/approvals');
  await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
  // Only once the live connection is up can a request prove it arrives without a reload.
  await page.getByRole('status', { name: 'Live updates: connected' }).waitFor();
}

/** Chromium logs every 4xx response; the ones a test provokes on purpose are not faults. */
const unexpected = (errors: string[], status: number) =>
  errors.filter((e) => !e.includes(`status of ${status}`));

/**
 * Presses j until `header` is the open request, each press only once the last one has moved the
 * queue: a press sent before the queue re-rendered would read a stale state and walk past it.
 */
async function walkTo(page: Page, header: Locator): Promise<void> {
  const open = page
    .getByRole('article')
    .getByRole('heading')
    .getByRole('button', { expanded: true });
  const openId = async () =>
    (await open.count()) > 0 ? await open.first().getAttribute('aria-controls') : null;
  for (let step = 0; step < 20; step++) {
    if ((await header.getAttribute('aria-expanded')) === 'true') return;
    const before = await openId();
    await page.keyboard.press('j');
    await expect.poll(openId).not.toBe(before);
  }
}

const cardFor = (page: Page, request: OverLimitRequest) =>
  page.getByRole('article').filter({ hasText: request.reason });

describe.skipIf(!browserAvailable)('the approver console', () => {
  let browser: Browser;
  let rep: ApiSession;
  const requests: OverLimitRequest[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    rep = await signInThroughApi(browser, 'agent@northwind.example');
  });

  afterAll(async () => {
    if (!browser) return;
    for (const request of requests) await tidyUp(rep, request).catch(() => undefined);
    // Availability is the supervisor's own setting; put it back whatever happened above.
    const supervisor = await signInThroughApi(browser, SUPERVISOR);
    await supervisor.send('PUT', '/api/me/availability', {
      available: true,
      awayUntil: null,
      delegateId: null,
    });
    await supervisor.close();
    await rep.close();
    await browser.close();
  });

  it('shows a request the moment the rep asks, and approves a lower amount with a note', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await openConsole(page);
    const customer = await pickCustomer(rep);
    const reason = `Zip broke on the first trip (${unique()})`;
    expect(await page.getByText(reason).count()).toBe(0);

    const request = await requestOverLimitRefund(rep, customer, reason);
    requests.push(request);

    // It arrives live: no reload, highlighted as new, counted in the tab title.
    const card = cardFor(page, request);
    await card.waitFor();
    await card.getByText('New', { exact: true }).waitFor();
    await card.getByText('Routed to you').waitFor();
    await card.getByText(/waiting \d+:\d\d/).waitFor();
    // About the rep, not to the reader.
    await card
      .getByText("Refund: up to $100 per incident at Bryan's level (Agent); this is $150.")
      .waitFor();
    await card.getByText('Requested by Bryan Ortiz').waitFor();
    await expect.poll(() => page.title()).toMatch(/^\(\d+\) Approvals · Leeway$/);
    await shoot(page, 'approvals-queue');

    // Opening it picks it up: the rep sees who is deciding.
    await card.getByRole('button', { name: `Refund of $150 for ${customer.name}` }).click();
    await expect
      .poll(async () => (await resolutionOf(rep, request.resolutionId)).approval?.claimedBy?.name)
      .toBe('Aisha Rahman');
    await card.getByRole('button', { name: 'Customer history' }).click();
    await card.getByText(/\d+ orders? · \d+ contacts?/).waitFor();

    await card.getByRole('button', { name: 'Approve lower amount' }).click();
    await card.getByLabel('Amount to approve').fill('120');
    await card
      .getByLabel('Note for Bryan')
      .fill('Refund the zip repair cost; the jacket itself is fine.');
    await shoot(page, 'approvals-decide-form');
    await card.getByRole('button', { name: 'Approve $120' }).click();

    await page
      .getByText(`You approved $120 of $150 for ${customer.name}. Bryan Ortiz has been told.`)
      .waitFor();
    await expect.poll(() => card.count()).toBe(0);
    const decided = await resolutionOf(rep, request.resolutionId);
    expect(decided).toMatchObject({
      status: 'granted',
      grantedAmountMinor: 120_00,
      approval: {
        status: 'reduced',
        note: 'Refund the zip repair cost; the jacket itself is fine.',
      },
    });

    await page.getByRole('tab', { name: 'Decided by me' }).click();
    const row = page.getByRole('listitem').filter({ hasText: reason });
    await row.getByText('Approved less').waitFor();
    await row.getByText(`Refund $120 of $150 for ${customer.name}`).waitFor();
    await shoot(page, 'approvals-decided');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('denies by keyboard, and shows the server’s error beside the note', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await openConsole(page);
    const customer = await pickCustomer(rep);
    const request = await requestOverLimitRefund(
      rep,
      customer,
      `Wants a refund for boots worn for a season (${unique()})`,
      180_00,
    );
    requests.push(request);

    const card = cardFor(page, request);
    await card.waitFor();
    const header = card.getByRole('button', { name: `Refund of $180 for ${customer.name}` });
    // j walks the queue, oldest first, until this request is the open one.
    await walkTo(page, header);
    await expect.poll(() => header.getAttribute('aria-expanded')).toBe('true');

    // r opens the amount; Esc backs out of it without closing the request.
    await page.keyboard.press('r');
    const amount = card.getByLabel('Amount to approve');
    await expect.poll(() => amount.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => amount.count()).toBe(0);
    expect(await header.getAttribute('aria-expanded')).toBe('true');

    await page.keyboard.press('d');
    const note = card.getByLabel('Note for Bryan');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    // Enter with no note: the server says a denial needs a reason, right under the field.
    await page.keyboard.press('Enter');
    await card.getByText('tell the rep why').waitFor();

    await note.fill(
      'Boots worn for a season are outside the return policy; offer a resole instead.',
    );
    await page.keyboard.press('Enter');
    await page
      .getByText(`You denied ${customer.name}'s request. Bryan Ortiz has your note.`)
      .waitFor();
    await expect.poll(() => card.count()).toBe(0);
    expect(await resolutionOf(rep, request.resolutionId)).toMatchObject({
      status: 'denied',
      approval: { status: 'denied' },
    });

    expect(unexpected(consoleErrors, 400)).toEqual([]);
    await context.close();
  });

  it('sets an out-of-office window with a delegate, and clears it again', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await openConsole(page);
    const panel = page.getByRole('region', { name: 'Your availability' });
    const state = panel.getByTestId('availability-state');
    await state.getByText(/^Taking requests/).waitFor();

    // A delegate without an end: the server's message appears under "Away until".
    await panel.getByLabel('Delegate').click();
    await page.getByRole('option', { name: /Rahul Mehta/ }).click();
    await panel.getByRole('button', { name: 'Save out-of-office' }).click();
    await panel.getByText('a delegation needs an end: say until when you are away').waitFor();

    const tomorrow = new Date(Date.now() + 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const until = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T17:00`;
    await panel.getByLabel('Away until').fill(until);
    await panel.getByRole('button', { name: 'Save out-of-office' }).click();
    await state.getByText(/^Out of office until .+\. Rahul Mehta decides for you\.$/).waitFor();
    const saved = (await (await page.request.get('/api/me/availability')).json()) as {
      availability: { awayUntil: string; delegate: { name: string } };
    };
    expect(saved.availability.delegate.name).toBe('Rahul Mehta');
    expect(new Date(saved.availability.awayUntil).getTime()).toBe(new Date(until).getTime());
    await shoot(page, 'approvals-availability');

    await panel.getByRole('button', { name: 'Clear out-of-office' }).click();
    await state.getByText(/^Taking requests/).waitFor();
    expect(await panel.getByLabel('Away until').inputValue()).toBe('');

    // Not taking requests, then back.
    await panel.getByRole('switch', { name: 'Taking requests' }).click();
    await state.getByText(/^Not taking requests/).waitFor();
    await panel.getByRole('switch', { name: 'Taking requests' }).click();
    await state.getByText(/^Taking requests/).waitFor();
    const cleared = (await (await page.request.get('/api/me/availability')).json()) as {
      availability: unknown;
    };
    expect(cleared.availability).toMatchObject({
      available: true,
      awayUntil: null,
      delegate: null,
    });

    // The chime setting is remembered in this browser, and off by default.
    const sound = page.getByRole('switch', { name: 'Sound on new requests' });
    expect(await sound.isChecked()).toBe(false);
    await sound.click();
    await page.reload();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    expect(await page.getByRole('switch', { name: 'Sound on new requests' }).isChecked()).toBe(
      true,
    );
    await page.getByRole('switch', { name: 'Sound on new requests' }).click();

    expect(unexpected(consoleErrors, 400)).toEqual([]);
    await context.close();
  });

  it('fits a 375px window', async () => {
    const { page, context, consoleErrors } = await openPage(browser, { width: 375, height: 740 });
    await openConsole(page);
    const customer = await pickCustomer(rep);
    const request = await requestOverLimitRefund(
      rep,
      customer,
      `Tent pole snapped in the wind (${unique()})`,
      140_00,
    );
    requests.push(request);
    const card = cardFor(page, request);
    await card.waitFor();
    await card.getByRole('button', { name: `Refund of $140 for ${customer.name}` }).click();
    await card.getByRole('button', { name: 'Approve $140' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await shoot(page, 'approvals-narrow');

    await tidyUp(rep, request);
    // Withdrawn while open: the card stays, marked, until dismissed.
    await card.getByText('The rep withdrew this request.').waitFor();
    await card.getByRole('button', { name: 'Remove from list' }).click();
    await expect.poll(() => card.count()).toBe(0);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
