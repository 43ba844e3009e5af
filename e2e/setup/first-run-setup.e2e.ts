import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerProcess } from '../../server/testing/processes.ts';
import { axeViolations } from '../support/axe.ts';
import { browserAvailable, launchBrowser, screenshot } from '../support/browser.ts';

const PASSWORD = 'lantern orchard velvet';
/** What the operator gives this server, so the test can open the link the server prints with it. */
const SETUP_TOKEN = 'e2e-setup-token-Hq4vN8wz2LmT6yRb1Xk';

/** Fills in the setup form as the first admin would, with the password given. */
async function fillIn(page: Page, password: string) {
  await page.getByLabel('Organization name').fill('Harbour Lights');
  expect(await page.getByLabel('Short name').inputValue()).toBe('harbour-lights');
  // Each is a combobox whose list of suggestions is labelled like it.
  await page.getByRole('combobox', { name: 'Currency' }).fill('EUR');
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Time zone' }).fill('Europe/Lisbon');
  await page.keyboard.press('Escape');
  await page.getByLabel('Vision of service').fill('Fix it on the first call.');
  await page.getByLabel('Your name').fill('Ana Admin');
  await page.getByLabel('Your email').fill('ana@harbour.example');
  await page.getByLabel('Choose a password').fill(password);
  await page.getByRole('radio', { name: /Hospitality/ }).check();
}

/**
 * A deployment from zero (`SEED_DEMO=false` on a fresh DATA_DIR, its own server): the visitor is sent
 * to the setup page instead of sign-in, which asks for the setup token unless opened with the link
 * the server printed; the operator opens that link, fills the page in at 375 px, picks a template,
 * and lands signed in; after that, setup is closed and the next visitor signs in. axe runs on each
 * state of the page.
 */
describe.skipIf(!browserAvailable)('first-run setup', () => {
  let server: Awaited<ReturnType<typeof startServerProcess>>;
  let dataDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-e2e-setup-'));
    server = await startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: undefined,
      SEED_DEMO: 'false',
      SETUP_TOKEN,
    });
    browser = await launchBrowser();
    context = await browser.newContext({
      viewport: { width: 375, height: 800 },
      baseURL: server.url,
    });
    page = await context.newPage();
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends the first visitor to setup, not sign-in, which asks for the setup token, and passes axe', async () => {
    await page.goto('/');
    await page.waitForURL('**/setup');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Set up your organization' }).isVisible())
      .toBe(true);
    await page.getByRole('radio', { name: /The \$100 rule/ }).waitFor();
    const token = page.getByLabel('Setup token');
    expect(await token.isVisible()).toBe(true);
    expect(await page.getByText('Printed by the server when it started').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/login');
    await page.waitForURL('**/setup');
  });

  it('refuses a wrong setup token beside its field, and nothing is created', async () => {
    await page.getByLabel('Setup token').fill('a-guess-at-the-token-that-is-wrong');
    await fillIn(page, PASSWORD);
    await page.getByRole('button', { name: 'Create the organization' }).click();
    const token = page.getByLabel('Setup token');
    await expect.poll(() => token.getAttribute('aria-invalid')).toBe('true');
    expect(
      await page.getByText('use the link the server printed', { exact: false }).isVisible(),
    ).toBe(true);
    expect(await page.evaluate(async () => (await fetch('/api/setup')).json())).toEqual({
      open: true,
    });
    expect(await axeViolations(page)).toEqual([]);
  });

  it("takes the token from the server's link, out of the address bar, and passes axe at 375 px", async () => {
    // The link pasted into the tab already on the page: only the fragment changes, no new load.
    await page.goto(`/setup#token=${SETUP_TOKEN}`);
    await expect.poll(() => page.getByLabel('Setup token').count()).toBe(0);
    await expect.poll(() => new URL(page.url()).hash).toBe('');

    // The link opened as the operator does, in a new tab.
    await page.goto('about:blank');
    await page.goto(`/setup#token=${SETUP_TOKEN}`);
    await page.getByRole('radio', { name: /The \$100 rule/ }).waitFor();
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    expect(new URL(page.url()).pathname).toBe('/setup');
    expect(await page.getByLabel('Setup token').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, 'setup-375');
  });

  it('names the field the server refuses, beside it', async () => {
    await fillIn(page, 'password1234');
    await page.getByRole('button', { name: 'Create the organization' }).click();
    const password = page.getByLabel('Choose a password');
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('is too common').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('creates the organization and lands its admin signed in at Home, with the vision', async () => {
    await page.getByLabel('Choose a password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create the organization' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ana Admin' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByText('Fix it on the first call.').isVisible()).toBe(true);
    expect(await page.getByText('Authority level: General manager').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'setup-done-375');

    const policy = await page.evaluate(async () => (await fetch('/api/authority/policy')).json());
    expect(policy.policy.version).toBe(1);
    expect(policy.policy.document.currency).toBe('EUR');
    expect(policy.policy.document.levels.map((l: { name: string }) => l.name)).toEqual([
      'Staff',
      'Manager',
      'General manager',
    ]);
    expect(consoleErrors).toEqual([]);
  });

  it('is closed afterwards: the next visitor signs in', async () => {
    const visitor = await browser.newContext({
      viewport: { width: 375, height: 800 },
      baseURL: server.url,
    });
    try {
      const other = await visitor.newPage();
      await other.goto('/setup');
      await other.waitForURL('**/login');
      await other.getByLabel('Email').fill('ana@harbour.example');
      await other.getByLabel('Password').fill(PASSWORD);
      await other.getByRole('button', { name: 'Sign in' }).click();
      await other.getByRole('heading', { name: 'Welcome, Ana Admin' }).waitFor();
    } finally {
      await visitor.close();
    }
  });
});
