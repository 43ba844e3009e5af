import path from 'node:path';

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  artifactsDir,
  browserAvailable,
  launchBrowser,
  openPage,
  signInAs,
} from '../support/browser.ts';

/**
 * An admin changes a person's team and manager, and gives them a personal override, which lands in the
 * policy draft. Omar Farouk is used because no other test signs in as him; his team, manager and the
 * draft are put back at the end.
 */

async function choose(page: Page, scope: Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function viewportShot(page: Page, name: string) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

/** The team and manager pickers search the server: type the name, then choose it. */
async function search(page: Page, scope: Locator, label: string, option: string) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function moveOmar(page: Page, team: string, manager: string) {
  await page.getByRole('button', { name: 'Edit Omar Farouk' }).click();
  const panel = page.getByRole('dialog', { name: 'Omar Farouk' });
  await search(page, panel, 'Team', team);
  await search(page, panel, 'Manager', manager);
  await panel.getByRole('button', { name: 'Save changes' }).click();
  await panel.getByText('Saved.').waitFor();
  const row = page.getByRole('row').filter({ hasText: 'Omar Farouk' });
  await expect.poll(() => row.innerText()).toContain(team);
  await expect.poll(() => row.innerText()).toContain(manager);
  return panel;
}

describe.skipIf(!browserAvailable)('people admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('changes a team and manager, and adds a personal override to the policy draft', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('Omar');
    await page.getByRole('button', { name: 'Edit Omar Farouk' }).waitFor();

    const panel = await moveOmar(page, 'Returns & Repairs', 'Marcus Bell');

    await panel.getByRole('button', { name: 'Add override' }).click();
    await choose(page, panel, 'Resolution type', 'Service credit');
    await panel.getByRole('textbox', { name: 'Per incident' }).fill('60');
    await panel.getByRole('textbox', { name: 'Note' }).fill('First week on the loyalty desk');
    await viewportShot(page, 'people-override-form');
    await panel.getByRole('button', { name: 'Add to draft' }).click();
    await panel.getByText('$60 per incident').waitFor();
    await panel.getByText('Not yet published').waitFor();
    await viewportShot(page, 'people-admin');
    await panel.getByRole('button', { name: 'Close' }).click();

    // The override is a change of the policy draft, listed with the rest.
    await page.getByRole('link', { name: 'Policy' }).click();
    await page.getByRole('tab', { name: /Changes/ }).click();
    await page
      .getByText(/^Added override for Omar Farouk on Service credit: \$60 per incident/)
      .waitFor();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page
      .getByRole('dialog', { name: 'Discard the draft?' })
      .getByRole('button', { name: 'Discard draft' })
      .click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Discard draft' }).isEnabled())
      .toBe(false);

    // Put Omar back where he was.
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('Omar');
    await moveOmar(page, 'Loyalty & Escalations', 'Yuki Tanaka');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
