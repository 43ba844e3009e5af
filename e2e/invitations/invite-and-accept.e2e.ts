import { randomBytes } from 'node:crypto';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { axeViolations } from '../support/axe.ts';
import {
  baseUrl,
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

/**
 * The server runs without SMTP here, so the admin is shown the link: they invite, copy it, and the
 * invitee, on a phone-sized window of their own, opens it, chooses a password and lands signed in.
 */

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe.skipIf(!browserAvailable)('invitations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('an admin invites and copies the link; the invitee sets a password and is signed in', async () => {
    const email = `invitee-${randomBytes(4).toString('hex')}@northwind.example`;
    const admin = await openPage(browser);
    await admin.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: baseUrl,
    });
    await signInAs(admin.page, 'admin@northwind.example');
    await admin.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await admin.page.getByRole('link', { name: 'People' }).click();
    await admin.page.getByRole('button', { name: 'Invite', exact: true }).click();
    const dialog = admin.page.getByRole('dialog', { name: 'Invite someone' });
    await dialog.getByRole('textbox', { name: 'Email' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Iris Newcomb');
    await choose(admin.page, 'Role', 'Agent');
    await choose(admin.page, 'Authority level', 'Agent');
    await dialog.getByRole('button', { name: 'Send invitation' }).click();

    const linkBox = dialog.getByRole('textbox', { name: 'Invitation link for Iris Newcomb' });
    await linkBox.waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);
    await screenshot(admin.page, 'invitation-link');
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await dialog.getByRole('button', { name: 'Copied' }).waitFor();
    const link = await admin.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await linkBox.inputValue());
    expect(link).toMatch(/\/invitation#[A-Za-z0-9_-]{43}$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    const pending = admin.page.getByRole('table', { name: 'Pending invitations' });
    await pending.getByText(email).waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);

    const invitee = await openPage(browser, { width: 375, height: 740 });
    await invitee.page.goto(link);
    await invitee.page.getByRole('heading', { name: 'Welcome: choose your password' }).waitFor();
    expect(await axeViolations(invitee.page)).toEqual([]);
    const password = invitee.page.getByLabel('New password', { exact: true });
    const repeat = invitee.page.getByLabel('Repeat the new password');
    const submit = invitee.page.getByRole('button', { name: 'Set password and sign in' });
    // The server's password policy answers on the field.
    await password.fill('password1234');
    await repeat.fill('password1234');
    await submit.click();
    await invitee.page.getByText(/too common/).waitFor();
    expect(await axeViolations(invitee.page)).toEqual([]);
    await screenshot(invitee.page, 'invitation-accept-narrow');

    await password.fill('juniper lighthouse ribbon');
    await repeat.fill('juniper lighthouse ribbon');
    await submit.click();
    await invitee.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    const me = await (await invitee.page.request.get('/api/me')).json();
    expect(me.person).toMatchObject({ email, name: 'Iris Newcomb', active: true });
    expect(
      await invitee.page.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(375);
    await screenshot(invitee.page, 'invitation-accepted-narrow');

    // Used once: the same link now refuses, and the admin's list no longer shows it.
    const again = await openPage(browser, { width: 375, height: 740 });
    await again.page.goto(link);
    await again.page.getByLabel('New password', { exact: true }).fill('another long passphrase');
    await again.page.getByLabel('Repeat the new password').fill('another long passphrase');
    await again.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await again.page.getByText(/expired or was already used/).waitFor();
    await admin.page.reload();
    await admin.page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    await admin.page.getByRole('row').filter({ hasText: 'Iris Newcomb' }).first().waitFor();
    expect(await pending.getByText(email).count()).toBe(0);

    // The browser logs the refused weak password's 400; nothing else may go wrong.
    const unexpected = invitee.consoleErrors.filter((e) => !e.includes('status of 400'));
    expect([...admin.consoleErrors, ...unexpected]).toEqual([]);
    await Promise.all([admin.context.close(), invitee.context.close(), again.context.close()]);
  });

  it('signing in offers "Forgot password?", which answers the same for any email', async () => {
    const { page, context } = await openPage(browser, { width: 375, height: 740 });
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await page.getByLabel('Email').fill('nobody-here@northwind.example');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page
      .getByRole('status')
      .getByText(/a link to choose a new password is on its way/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'forgot-password-narrow');
    await context.close();
  });
});
