import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

describe.skipIf(!browserAvailable)('signing in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('takes the demo agent to the vision of service', async () => {
    const { page, consoleErrors, context } = await openPage(browser);
    await signInAs(page, 'agent@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    const vision = await page.getByTestId('vision-statement').innerText();
    expect(vision.length).toBeGreaterThan(40);
    await screenshot(page, 'home-agent');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('says so when the password is wrong', async () => {
    const { page, context } = await openPage(browser);
    await signInAs(page, 'agent@northwind.example', 'wrong password');
    await page.getByText('Email or password is incorrect').waitFor();
    await screenshot(page, 'login-error');
    await context.close();
  });

  it('works on a narrow window', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'supervisor@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await screenshot(page, 'home-narrow');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
