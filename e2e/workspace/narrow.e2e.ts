import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, launchBrowser, openPage, signInAs } from '../support/browser.ts';
import { closeContact, shoot, startContactWith } from './support.ts';

describe.skipIf(!browserAvailable)('workspace on a phone-sized window', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('fits 375px: the customer, then what the rep may do, with no sideways scrolling', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'agent@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/workspace');
    await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
    const contactId = await startContactWith(page, 'Sarah Mitch', 'Sarah Mitchell', 'In person');

    await page.getByLabel('Resolution type').selectOption('refund');
    await page.getByLabel('Amount').fill('140');
    await page
      .getByRole('region', { name: 'Decision preview' })
      .getByText(/Needs approval from an? /)
      .waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot(page, 'workspace-narrow');

    // Nothing was requested: previewing costs no budget.
    await closeContact(page, contactId);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
