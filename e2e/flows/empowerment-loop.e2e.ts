import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { policyCell } from '../policy/grid.ts';
import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
  type TrackedPage,
} from '../support/browser.ts';
import { closeContact, openWorkspace, startContactWith } from '../workspace/support.ts';

/**
 * The empowerment loop across screens, with two people at once in two browser contexts: a rep's
 * over-limit refund reaches the supervisor's console live and the lower amount she approves reaches
 * the rep without a reload; an admin raises a limit and the rep's live preview changes as it publishes.
 */
type Summary = { id: string; name: string; flags: string[]; linkedPersonId: string | null };

async function signedIn(browser: Browser, email: string): Promise<TrackedPage> {
  const tracked = await openPage(browser);
  await signInAs(tracked.page, email);
  await tracked.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
  return tracked;
}

/** A customer nobody else's e2e file touches, so budgets and windows start clean. */
async function quietCustomer(page: Page, query: string): Promise<Summary> {
  const { customers } = (await page.evaluate(
    async (q) => (await fetch(`/api/customers?q=${q}&limit=100`)).json(),
    query,
  )) as { customers: Summary[] };
  const customer = customers.filter((c) => c.flags.length === 0 && !c.linkedPersonId).at(-1);
  if (!customer) throw new Error(`no quiet customer for "${query}"`);
  return customer;
}

describe.skipIf(!browserAvailable)('the empowerment loop, two people at once', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("an over-limit refund reaches the supervisor live, and her lower amount reaches the rep's screen", async () => {
    const rep = await signedIn(browser, 'agent@northwind.example');
    const supervisor = await signedIn(browser, 'supervisor@northwind.example');
    const customer = await quietCustomer(rep.page, 'Thompson');

    await supervisor.page.goto('/approvals');
    await supervisor.page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    await supervisor.page.getByRole('status', { name: 'Live updates: connected' }).waitFor();

    await openWorkspace(rep.page);
    const contactId = await startContactWith(rep.page, customer.name, customer.name);
    await rep.page.getByLabel('Resolution type').selectOption('refund');
    await rep.page.getByLabel('Amount').fill('160');
    await rep.page
      .getByRole('region', { name: 'Decision preview' })
      .getByText(/Needs approval from an? /)
      .waitFor();
    const reason = `Boots split at the sole after one hike (${Date.now()})`;
    await rep.page.getByLabel('Reason').fill(reason);
    await rep.page.getByRole('button', { name: 'Request resolution' }).click();
    const status = rep.page.getByRole('status', { name: 'Request status' });
    await status.getByText(/Waiting for an? /).waitFor();

    // The supervisor never reloads: the request arrives on its own.
    const card = supervisor.page.getByRole('article').filter({ hasText: reason });
    await card.waitFor({ timeout: 5_000 });
    await screenshot(supervisor.page, 'loop-supervisor-queue');
    await card.getByRole('button', { name: `Refund of $160 for ${customer.name}` }).click();
    await status.getByText(/Aisha Rahman/).waitFor();
    await card.getByRole('button', { name: 'Approve lower amount' }).click();
    await card.getByLabel('Amount to approve').fill('120');
    await card.getByLabel('Note for Bryan').fill('Refund the boots, keep the insoles.');
    await card.getByRole('button', { name: 'Approve $120' }).click();
    await card.waitFor({ state: 'detached' });

    // The rep never reloads either.
    await status.getByText(/lower amount/i).waitFor({ timeout: 5_000 });
    await status.getByText('Refund the boots, keep the insoles.').waitFor();
    await screenshot(rep.page, 'loop-rep-approved-lower');

    await closeContact(rep.page, contactId);
    expect(rep.consoleErrors).toEqual([]);
    expect(supervisor.consoleErrors).toEqual([]);
    await rep.context.close();
    await supervisor.context.close();
  });

  it("an admin raises a limit and publishes; the rep's live preview changes without a reload", async () => {
    const rep = await signedIn(browser, 'agent@northwind.example');
    const admin = await signedIn(browser, 'admin@northwind.example');
    const customer = await quietCustomer(rep.page, 'Walker');

    await openWorkspace(rep.page);
    const contactId = await startContactWith(rep.page, customer.name, customer.name);
    await rep.page.getByLabel('Resolution type').selectOption('fee_waiver');
    await rep.page.getByLabel('Amount').fill('55');
    const preview = rep.page.getByRole('region', { name: 'Decision preview' });
    await preview.getByText('Needs approval from a Senior agent').waitFor();
    await screenshot(rep.page, 'loop-rep-preview-before');

    await admin.page.goto('/policy');
    await admin.page.getByRole('heading', { name: 'Authority policy' }).waitFor();
    const discard = admin.page.getByRole('button', { name: 'Discard draft' });
    if (await discard.isEnabled()) {
      await discard.click();
      await admin.page
        .getByRole('dialog', { name: 'Discard the draft?' })
        .getByRole('button', { name: 'Discard draft' })
        .click();
      await expect.poll(() => discard.isEnabled()).toBe(false);
    }
    await policyCell(admin.page, 'Agent × Fee waiver').click();
    const panel = admin.page.getByRole('dialog', { name: 'Agent × Fee waiver' });
    await panel.getByRole('textbox', { name: 'Limit per incident' }).fill('60');
    await panel.getByRole('button', { name: 'Done' }).click();
    await panel.waitFor({ state: 'hidden' });
    await admin.page.getByText(/Draft saved/).waitFor();
    await admin.page.getByRole('button', { name: 'Publish…' }).click();
    const publish = admin.page.getByRole('dialog', { name: /^Publish version \d+$/ });
    await publish.getByText('Agent × Fee waiver: per incident $50 → $60').waitFor();
    await publish
      .getByRole('textbox', { name: 'Note' })
      .fill('Agents may waive fees up to $60: the re-delivery fee went up.');
    await publish.getByRole('button', { name: /^Publish version \d+$/ }).click();
    await admin.page.getByText(/Version \d+ published/).waitFor();

    // The rep's screen hears of the new version and re-decides the amount already typed.
    await preview.getByText('Within your authority').waitFor({ timeout: 5_000 });
    await screenshot(rep.page, 'loop-rep-preview-after');

    await closeContact(rep.page, contactId);
    expect(rep.consoleErrors).toEqual([]);
    expect(admin.consoleErrors).toEqual([]);
    await rep.context.close();
    await admin.context.close();
  });
});
