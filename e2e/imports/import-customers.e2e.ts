import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { axeViolations } from '../support/axe.ts';
import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';
import { checkImportFile, chooseImportKind } from '../support/import-file.ts';

/**
 * An admin brings customers in from a file in the browser: the dry run names the bad row by line and
 * column and writes nothing, the fixed file applies whole, and the same file again changes nothing.
 * The references are this run's own, so the demo's customers and other browser tests are untouched.
 */

const run = Date.now().toString(36);
const header = 'external_ref,name,email,phone,segment,lifetime_value,flags,linked_person_email';
const good = [
  `E2E-${run}-1,Imported One ${run},one.${run}@example.com,,regular,120.50,,`,
  `E2E-${run}-2,Imported Two ${run},two.${run}@example.com,,vip,2500.00,,`,
];
const bad = `E2E-${run}-3,Imported Three ${run},not-an-email,,regular,10.00,,`;

async function chooseFile(page: Page, lines: string[]) {
  await chooseImportKind(page, 'Customers');
  expect(await page.getByRole('radio', { name: 'Customers' }).isChecked()).toBe(true);
  await checkImportFile(page, { name: `customers-${run}.csv`, header, rows: lines });
}

async function customerCount(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const response = await fetch(`/api/customers?q=${encodeURIComponent(q)}`);
    // The search forgives typos, so another test's customers with a similar run id can match too.
    const body = (await response.json()) as { customers: Array<{ name: string }> };
    return body.customers.filter((customer) => customer.name.includes(q)).length;
  }, query);
}

describe.skipIf(!browserAvailable)('imports in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('checks a file, shows the bad row, applies the fixed file once', async () => {
    const { page, consoleErrors } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/imports');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await chooseFile(page, [...good, bad]);
    const problems = page.getByRole('table', { name: 'Problems to fix in the file' });
    await expect.poll(() => problems.innerText()).toContain('email');
    await expect.poll(() => problems.innerText()).toMatch(/\b4\b/);
    expect(await page.getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    expect(await customerCount(page, run)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-dry-run-errors-375');

    await page.getByRole('button', { name: 'Choose another file' }).click();
    await chooseFile(page, good);
    await expect.poll(() => page.getByText('2 new').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Applied', { exact: true }).waitFor();
    expect(await customerCount(page, run)).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'import-applied-375');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseFile(page, good);
    await expect.poll(() => page.getByText('2 unchanged').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    expect(consoleErrors).toEqual([]);
  });
});
