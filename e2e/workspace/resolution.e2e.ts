import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { browserAvailable, launchBrowser, openPage, signInAs } from '../support/browser.ts';
import { apiSessionAs, closeContact, openWorkspace, shoot, startContactWith } from './support.ts';

type Summary = {
  id: string;
  name: string;
  segment: string;
  flags: string[];
  linkedPersonId?: string | null;
};

describe.skipIf(!browserAvailable)('workspace: resolving on the spot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  // Budget note: the demo agent's limits are shared with the whole e2e run; this is the only grant here ($25).
  it('grants a $25 refund within authority and shows the covered receipt', async () => {
    const { page, consoleErrors, context } = await openPage(browser);
    await signInAs(page, 'agent@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await openWorkspace(page);
    const contactId = await startContactWith(page, 'Sarah Mitch', 'Sarah Mitchell', 'Chat');

    await page.getByRole('button', { name: /^Refund: up to/ }).waitFor();
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByLabel('Resolution type').inputValue()).toBe('refund');
    await expect
      .poll(() =>
        page.evaluate(
          () => document.activeElement?.closest('.mantine-TextInput-root')?.textContent ?? '',
        ),
      )
      .toContain('Amount');
    await page
      .getByRole('region', { name: 'Guidelines for Refund' })
      .getByText('original payment method')
      .waitFor();

    await page.getByLabel('Amount').fill('25');
    const preview = page.getByRole('region', { name: 'Decision preview' });
    await preview
      .getByText(/Up to \$\d+ on your own · \$[\d,]+ left today · \$[\d,]+ left for this customer/)
      .waitFor();
    await preview.getByText('Within your authority').waitFor();

    const order = await page
      .locator('select', { has: page.locator('option', { hasText: 'In fulfilment' }) })
      .locator('option', { hasText: 'In fulfilment' })
      .first()
      .getAttribute('value');
    await page.getByLabel('Order').selectOption(order ?? '');
    await page
      .getByLabel('Reason')
      .fill('Wrong size sent in the jacket order; refunded the difference');
    const sent = page.waitForRequest((r) =>
      r.url().endsWith(`/api/contacts/${contactId}/resolutions`),
    );
    await page.getByLabel('Reason').press('Enter');
    const body = (await sent).postDataJSON() as {
      idempotencyKey: string;
      amount: number;
      type: string;
      orderId?: string;
    };
    expect(body).toMatchObject({ type: 'refund', amount: 2500, currency: 'USD', orderId: order });
    expect(body.idempotencyKey.length).toBeGreaterThanOrEqual(8);

    const status = page.getByRole('status', { name: 'Request status' });
    await status.getByText('Within your authority — you are covered').waitFor();
    await status.getByText(/Policy version \d+/).waitFor();
    await expect.poll(() => page.getByLabel('Amount').inputValue()).toBe('');
    // The history on this contact reads like a sentence.
    await page
      .getByText(/Refunded \$25 · just now · Bryan Ortiz/)
      .first()
      .waitFor();

    await page.getByLabel('Notes').fill('Customer happy with the refund; keeps the jacket.');
    await page.getByText('Saved', { exact: true }).waitFor();
    await shoot(page, 'workspace-covered-receipt');

    await closeContact(page, contactId);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows a live approval: who picked it up, then the answer, without a reload', async () => {
    const supervisor = await apiSessionAs(browser, 'supervisor@northwind.example');
    // Someone other than Sarah, unflagged and not linked to anyone, so nothing here touches her budgets.
    const search = await supervisor.request.get('/api/customers?q=Davis&limit=25');
    const { customers } = (await search.json()) as { customers: Summary[] };
    const customer = customers.find((c) => c.flags.length === 0 && c.name.endsWith('Davis'));
    expect(customer).toBeDefined();

    const { page, consoleErrors, context } = await openPage(browser);
    await signInAs(page, 'agent@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await openWorkspace(page);
    const contactId = await startContactWith(page, customer!.name, customer!.name);

    await page.getByLabel('Resolution type').selectOption('refund');
    await page.getByLabel('Amount').fill('140');
    const preview = page.getByRole('region', { name: 'Decision preview' });
    await preview.getByText(/Needs approval from an? /).waitFor();
    await page
      .getByLabel('Reason')
      .fill('Tent arrived with a broken pole two days before the trip');
    const answered = page.waitForResponse((r) =>
      r.url().endsWith(`/api/contacts/${contactId}/resolutions`),
    );
    await page.getByRole('button', { name: 'Request resolution' }).click();
    const { resolution } = (await (await answered).json()) as {
      resolution: { approval: { id: string } };
    };

    const status = page.getByRole('status', { name: 'Request status' });
    await status.getByText(/Waiting for an? .+ · \d+:\d\d/).waitFor();
    await status.getByRole('button', { name: 'Withdraw request' }).waitFor();
    await shoot(page, 'workspace-waiting-for-approval');

    const claimed = await supervisor.request.post(
      `/api/approvals/${resolution.approval.id}/claim`,
      { headers: supervisor.headers },
    );
    expect(claimed.status(), await claimed.text()).toBe(204);
    await status.getByText('Aisha Rahman is looking at it now.').waitFor();

    const denied = await supervisor.request.post(`/api/approvals/${resolution.approval.id}/deny`, {
      headers: supervisor.headers,
      data: { note: 'Offer a replacement pole instead: it ships today.' },
    });
    expect(denied.status(), await denied.text()).toBe(200);
    await status.getByText('Denied by Aisha Rahman').waitFor();
    await status.getByText('“Offer a replacement pole instead: it ships today.”').waitFor();
    await shoot(page, 'workspace-denied-live');

    await closeContact(page, contactId);
    await supervisor.close();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lets the rep withdraw a request that is no longer needed', async () => {
    const { page, consoleErrors, context } = await openPage(browser);
    await signInAs(page, 'agent@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await openWorkspace(page);
    const contactId = await startContactWith(page, 'Sarah Mitch', 'Sarah Mitchell');

    await page.keyboard.press('Alt+1');
    await page.getByLabel('Amount').fill('150');
    await page.getByLabel('Reason').fill('Customer wants the whole order refunded');
    await page.getByLabel('Reason').press('Enter');
    const status = page.getByRole('status', { name: 'Request status' });
    await status.getByText(/Waiting for/).waitFor();
    await status.getByRole('button', { name: 'Withdraw request' }).click();
    await status.getByText(/You withdrew the request for Refund of \$150/).waitFor();

    await closeContact(page, contactId);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
