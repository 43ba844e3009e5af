import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  artifactsDir,
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';
import { policyCell } from './grid.ts';

/**
 * The policy admin, end to end: a limit raised in the grid, a nesting error caught in place and fixed,
 * the draft's diff, publishing with a note, and the new limit reaching an agent's allowance.
 * Only service_credit changes: other e2e files rely on the refund limits of the demo policy.
 */

type Allowance = { type: string; maxWithinAuthorityMinor: number };

async function getJson<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }, path) as Promise<T>;
}

async function openPolicy(page: Page) {
  await signInAs(page, 'admin@northwind.example');
  await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
  await page.getByRole('link', { name: 'Policy' }).click();
  await page.getByRole('heading', { name: 'Authority policy' }).waitFor();
}

/** A drawer or dialog is fixed to the viewport: photograph what a person sees, once it has finished sliding in. */
async function viewportShot(page: Page, name: string) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running'),
  );
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`) });
}

describe.skipIf(!browserAvailable)('policy admin', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('raises the Agent service-credit limit through a checked draft and publishes it', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await openPolicy(page);

    // Start from the published version, whatever an earlier run left.
    const discard = page.getByRole('button', { name: 'Discard draft' });
    if (await discard.isEnabled()) {
      await discard.click();
      await page
        .getByRole('dialog', { name: 'Discard the draft?' })
        .getByRole('button', { name: 'Discard draft' })
        .click();
      await expect.poll(() => discard.isEnabled()).toBe(false);
    }
    const { versions } = await getJson<{ versions: Array<{ version: number }> }>(
      page,
      '/api/authority/policy/versions',
    );
    const nextVersion = Math.max(...versions.map((v) => v.version)) + 1;

    const agentCredit = policyCell(page, 'Agent × Service credit');
    await expect.poll(() => agentCredit.innerText()).toContain('$50');
    await screenshot(page, 'policy-grid');

    // Arrow keys move between cells as in a spreadsheet; Enter opens one.
    await agentCredit.focus();
    await page.keyboard.press('ArrowRight');
    expect(
      await policyCell(page, 'Senior agent × Service credit').evaluate(
        (el) => el === document.activeElement,
      ),
    ).toBe(true);
    await page.keyboard.press('ArrowLeft');

    // Raise the Agent's limit from $50 to $75 in the side panel.
    await page.keyboard.press('Enter');
    const agentPanel = page.getByRole('dialog', { name: 'Agent × Service credit' });
    const agentIncident = agentPanel.getByRole('textbox', { name: 'Limit per incident' });
    await expect.poll(() => agentIncident.inputValue()).toBe('50');
    await agentIncident.fill('75');
    await agentPanel.getByRole('button', { name: 'Done' }).click();
    await agentPanel.waitFor({ state: 'hidden' });
    await expect.poll(() => agentCredit.innerText()).toContain('$75');
    await expect.poll(() => agentCredit.innerText()).toContain('Changed in draft');

    // A Senior agent below the Agent breaks nesting: the error appears at the field and on the cell.
    const seniorCredit = policyCell(page, 'Senior agent × Service credit');
    await seniorCredit.click();
    const seniorPanel = page.getByRole('dialog', { name: 'Senior agent × Service credit' });
    const seniorIncident = seniorPanel.getByRole('textbox', { name: 'Limit per incident' });
    await seniorIncident.fill('60');
    const nestingError =
      "Senior agent's Service credit limit per incident ($60) is below Agent's ($75)";
    await seniorPanel.getByText(nestingError).waitFor();
    await expect.poll(() => seniorIncident.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => seniorCredit.getAttribute('aria-invalid')).toBe('true');
    await viewportShot(page, 'policy-cell-error');

    // Fixing it clears the error everywhere.
    await seniorIncident.fill('100');
    await expect.poll(() => seniorPanel.getByText(nestingError).count()).toBe(0);
    await expect.poll(() => seniorCredit.getAttribute('aria-invalid')).toBeNull();
    await seniorPanel.getByRole('button', { name: 'Done' }).click();
    await seniorPanel.waitFor({ state: 'hidden' });

    // The draft saves itself, and the diff says exactly what changed.
    await page.getByText(/Draft saved/).waitFor();
    await page.getByRole('tab', { name: /Changes/ }).click();
    const changes = page.getByRole('region', { name: /Changes from version/ });
    await changes.getByText('Agent × Service credit: per incident $50 → $75').waitFor();
    expect(await changes.getByRole('listitem').count()).toBe(1);
    await screenshot(page, 'policy-diff');

    // Publishing needs a note.
    await page.getByRole('button', { name: 'Publish…' }).click();
    const publish = page.getByRole('dialog', { name: `Publish version ${nextVersion}` });
    await publish.getByText('Agent × Service credit: per incident $50 → $75').waitFor();
    await publish.getByRole('button', { name: `Publish version ${nextVersion}` }).click();
    await publish.getByText('Say what changed and why').waitFor();
    await publish
      .getByRole('textbox', { name: 'Note' })
      .fill(
        'Agents may give a $75 service credit: most long waits cost more than $50 to put right.',
      );
    await publish.getByRole('button', { name: `Publish version ${nextVersion}` }).click();
    await page.getByText(`Version ${nextVersion} published`).waitFor();
    await page.getByText(`Version ${nextVersion} in force`).waitFor();
    await screenshot(page, 'policy-published');

    // The history lists the new version as the one in force.
    await page.getByRole('tab', { name: 'History' }).click();
    const row = page
      .getByRole('table', { name: 'Policy versions' })
      .getByRole('row')
      .filter({ hasText: 'Agents may give a $75 service credit' });
    await expect.poll(() => row.innerText()).toMatch(/in force/i);
    expect(consoleErrors).toEqual([]);
    await context.close();

    // An agent now has $75 of service credit on their own (and refunds are untouched).
    const agent = await openPage(browser);
    await signInAs(agent.page, 'agent@northwind.example');
    await agent.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    const { customers } = await getJson<{ customers: Array<{ id: string; flags: string[] }> }>(
      agent.page,
      '/api/customers?q=Aaliyah',
    );
    const customer = customers.find((c) => c.flags.length === 0);
    expect(customer).toBeDefined();
    const me = await getJson<{ policyVersion: number; allowances: Allowance[] }>(
      agent.page,
      `/api/authority/me?customerId=${customer!.id}`,
    );
    expect(me.policyVersion).toBe(nextVersion);
    expect(me.allowances.find((a) => a.type === 'service_credit')?.maxWithinAuthorityMinor).toBe(
      7500,
    );
    expect(me.allowances.find((a) => a.type === 'refund')?.maxWithinAuthorityMinor).toBe(10000);
    expect(agent.consoleErrors).toEqual([]);
    await agent.context.close();
  });

  it('exports the policy in force as Cedar', async () => {
    const { page, context, consoleErrors } = await openPage(browser);
    await openPolicy(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as Cedar' }).click();
    const dialog = page.getByRole('dialog', { name: /as Cedar$/ });
    const text = dialog.getByLabel('Cedar policy text');
    await text.waitFor();
    expect(await text.innerText()).toContain('permit (');
    expect((await download).suggestedFilename()).toMatch(/^leeway-policy-v\d+\.cedar$/);
    await dialog.getByRole('button', { name: 'Copy' }).waitFor();
    await viewportShot(page, 'policy-cedar');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('works on a narrow window', async () => {
    const { page, context, consoleErrors } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/policy');
    await page.getByRole('heading', { name: 'Authority policy' }).waitFor();
    await page
      .getByRole('combobox', { name: 'Resolution type' })
      .selectOption({ label: 'Service credit' });
    await expect
      .poll(() => policyCell(page, 'Agent × Service credit').innerText())
      .toContain('$75');
    await screenshot(page, 'policy-narrow');
    await policyCell(page, 'Agent × Service credit').click();
    await page
      .getByRole('dialog', { name: 'Agent × Service credit' })
      .getByRole('textbox', { name: 'Limit per incident' })
      .waitFor();
    await viewportShot(page, 'policy-narrow-editor');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
