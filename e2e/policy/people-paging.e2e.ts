import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PEOPLE_PAGE_SIZE } from '../../app/features/people/page-size.ts';
import { signInThroughApi } from '../approvals/rep-api.ts';
import { axeViolations } from '../support/axe.ts';
import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

/**
 * An organization with more people than the People page's first page: the last one added is found
 * by "Load more" and edited, on a 375 px phone, with the team and manager picked by searching the
 * server. The walkers are agents with no password, whom no other test reads; they stay behind.
 */
const WALKERS = PEOPLE_PAGE_SIZE + 12;
const walker = (n: number) => `Paging Walker ${String(n).padStart(2, '0')}`;

/** A picker that searches the server: type part of the name, then choose it. */
async function search(page: Page, scope: Locator, label: string, typed: string, option: string) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.skipIf(!browserAvailable)('people past the first page', () => {
  let browser: Browser;
  const ids: string[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    const admin = await signInThroughApi(browser, 'admin@northwind.example');
    for (let n = 1; n <= WALKERS; n++) {
      const { person } = await admin.send<{ person: { id: string } }>('POST', '/api/people', {
        email: `walker-${n}@paging.example`,
        name: walker(n),
        role: 'agent',
      });
      ids.push(person.id);
    }
    await admin.close();
  });
  afterAll(() => browser?.close());

  it('loads the rest with "Load more", and the last person added is found and edited at 375 px', async () => {
    const { page, context, consoleErrors } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/people');
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();

    const last = walker(WALKERS);
    const rows = page.getByRole('row');
    await page.getByText(`${PEOPLE_PAGE_SIZE} people shown, more to load`).waitFor();
    expect(await rows.filter({ hasText: last }).count()).toBe(0);
    await page.getByRole('button', { name: 'Load more people' }).click();
    await page.getByRole('button', { name: `Edit ${last}` }).waitFor();
    // Every page loaded: the button goes, and the count is the whole organization's.
    await expect.poll(() => page.getByRole('button', { name: 'Load more people' }).count()).toBe(0);
    expect(await rows.filter({ hasText: /Paging Walker/ }).count()).toBe(WALKERS);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'people-load-more-narrow');

    await page.getByRole('button', { name: `Edit ${last}` }).click();
    const panel = page.getByRole('dialog', { name: last });
    await search(page, panel, 'Team', 'repairs', 'Returns & Repairs');
    await search(page, panel, 'Manager', 'marcus', 'Marcus Bell');
    await panel.getByRole('button', { name: 'Save changes' }).click();
    await panel.getByText('Saved.').waitFor();
    await panel.getByRole('button', { name: 'Close' }).click();

    // The search is the server's: the last walker by e-mail, among everyone, not only the pages loaded.
    await page.getByLabel('Search people').fill(`walker-${WALKERS}@`);
    await page.getByText('1 person', { exact: true }).waitFor();
    const row = rows.filter({ hasText: last });
    await expect.poll(() => row.innerText()).toContain('Returns & Repairs');
    await expect.poll(() => row.innerText()).toContain('Marcus Bell');
    const saved = (await (await page.request.get(`/api/people/${ids.at(-1)}`)).json()) as {
      person: { team: { name: string }; manager: { name: string } };
    };
    expect([saved.person.team.name, saved.person.manager.name]).toEqual([
      'Returns & Repairs',
      'Marcus Bell',
    ]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
