import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, launchBrowser, openPage, signInAs } from '../support/browser.ts';
import { closeContact, openWorkspace, ring, shoot, telephonyToken } from './support.ts';

describe.skipIf(!browserAvailable)(
  'workspace: a call pops the caller onto the rep’s screen',
  () => {
    let browser: Browser;
    let token: string;
    beforeAll(async () => {
      browser = await launchBrowser();
      token = await telephonyToken(browser);
    });
    afterAll(() => browser?.close());

    it('opens Sarah Mitchell’s profile within a second of the phone ringing', async () => {
      const { page, consoleErrors, context } = await openPage(browser);
      await signInAs(page, 'agent@northwind.example');
      await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
      await openWorkspace(page);

      const call = await ring(token, '+1 (312) 555-0100');
      const rangAt = Date.now();
      expect(call.matched).toBe(true);
      // The screen must switch to this very call, not merely show some Sarah contact left open earlier.
      await expect
        .poll(() => page.url(), { timeout: 1000, interval: 25 })
        .toContain(call.contactId);
      await page
        .getByRole('heading', { name: 'Sarah Mitchell', level: 2 })
        .waitFor({ timeout: Math.max(1, 1000 - (Date.now() - rangAt)) });
      expect(Date.now() - rangAt).toBeLessThan(1000);

      const banner = page
        .getByRole('alert')
        .filter({ hasText: 'Incoming call from +1 (312) 555-0100' });
      await banner.waitFor();
      await expect.poll(() => banner.innerText()).toContain('Sarah Mitchell');
      const profile = page.getByRole('region', { name: 'Sarah Mitchell' });
      await profile.getByText('In fulfilment').waitFor();
      await profile.getByText('$1,162').waitFor();
      await page.getByRole('button', { name: /^Refund: up to \$\d+ on your own/ }).waitFor();
      await shoot(page, 'workspace-pop');

      await closeContact(page, call.contactId);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('lets the rep attach an unknown caller to the right customer', async () => {
      const { page, consoleErrors, context } = await openPage(browser);
      await signInAs(page, 'agent@northwind.example');
      await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
      await openWorkspace(page);

      const call = await ring(token, '+1 (999) 555-0142');
      expect(call.matched).toBe(false);
      await expect.poll(() => page.url()).toContain(call.contactId);
      await page.getByRole('heading', { name: 'Unknown caller', level: 2 }).waitFor();
      await page.getByRole('alert').filter({ hasText: 'matches no customer' }).waitFor();
      await shoot(page, 'workspace-unknown-caller');

      await page.getByLabel('Find the customer').fill('Sarah Mitchell');
      await page.getByRole('option', { name: /Sarah Mitchell/ }).click();
      const attached = page.waitForResponse(
        (r) =>
          r.url().endsWith(`/api/contacts/${call.contactId}`) && r.request().method() === 'PATCH',
      );
      await page.getByRole('button', { name: 'Attach to this contact' }).click();
      expect((await attached).status()).toBe(200);
      await page.getByRole('heading', { name: 'Sarah Mitchell', level: 2 }).waitFor();
      await page.getByRole('button', { name: /^Refund: up to/ }).waitFor();

      await closeContact(page, call.contactId);
      expect(consoleErrors).toEqual([]);
      await context.close();
    });
  },
);
