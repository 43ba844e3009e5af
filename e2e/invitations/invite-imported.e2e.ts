import type { Browser } from 'playwright-core';
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
 * Issue 12: people brought in from a file get their invitations from the import page. At 375 px an
 * admin imports two people, invites them, copies one link; that person chooses a password and is in.
 * The addresses are this run's own, so the demo and other browser tests are untouched.
 */
const run = Date.now().toString(36);
const header = 'email,name,role,level,team,manager_email,extension';
const rows = [
  `nia.${run}@northwind.example,Nia Import ${run},agent,,,,`,
  `omar.${run}@northwind.example,Omar Import ${run},agent,,,,`,
];

describe.skipIf(!browserAvailable)('inviting the people an import brought in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('imports people, invites them in one click, and a copied link lets one in', async () => {
    const admin = await openPage(browser, { width: 375, height: 740 });
    const { page } = admin;
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/imports');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await chooseImportKind(page, 'People');
    await checkImportFile(page, { name: `people-${run}.csv`, header, rows });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Applied', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Invite the 2 people' }).click();
    await page.getByText('Invited 2 people.').waitFor();
    const linkBox = page.getByRole('textbox', { name: `Invitation link for Nia Import ${run}` });
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
    const copy = page.getByRole('button', { name: `the link for Nia Import ${run}` });
    await copy.click();
    await expect.poll(() => copy.innerText()).toContain('Copied');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await screenshot(page, 'import-people-invited-375');

    const invitee = await openPage(browser, { width: 375, height: 740 });
    await invitee.page.goto(link);
    await invitee.page.getByRole('heading', { name: 'Welcome: choose your password' }).waitFor();
    expect(await axeViolations(invitee.page)).toEqual([]);
    await invitee.page.getByLabel('New password', { exact: true }).fill('saffron tidewater lamp');
    await invitee.page.getByLabel('Repeat the new password').fill('saffron tidewater lamp');
    await invitee.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await invitee.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    const me = await (await invitee.page.request.get('/api/me')).json();
    expect(me.person).toMatchObject({ email: `nia.${run}@northwind.example`, active: true });

    expect(admin.consoleErrors).toEqual([]);
    expect(invitee.consoleErrors).toEqual([]);
  });

  it('invites from the People panel someone an import added and nobody invited yet', async () => {
    const { page, consoleErrors } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/imports');
    await chooseImportKind(page, 'People');
    await checkImportFile(page, {
      name: `one-${run}.csv`,
      header,
      rows: [`pia.${run}@northwind.example,Pia Panel ${run},agent,,,,`],
    });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Applied', { exact: true }).waitFor();

    await page.goto('/people');
    await page.getByRole('searchbox', { name: 'Search people' }).fill(`Pia Panel ${run}`);
    await page.getByRole('button', { name: `Edit Pia Panel ${run}` }).click();
    const drawer = page.getByRole('dialog', { name: `Pia Panel ${run}` });
    await drawer.getByText(`Pia Panel ${run} cannot sign in yet.`).waitFor();
    await drawer.getByRole('button', { name: 'Invite', exact: true }).click();
    const linkBox = drawer.getByRole('textbox', { name: `Invitation link for Pia Panel ${run}` });
    expect(await linkBox.inputValue()).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'people-panel-invite-375');
    expect(consoleErrors).toEqual([]);
  });
});
