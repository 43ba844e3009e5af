import fs from 'node:fs';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  pickCustomer,
  requestOverLimitRefund,
  signInThroughApi,
  tidyUp,
} from '../approvals/rep-api.ts';
import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

describe.skipIf(!browserAvailable)('the auditor', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    // Something in the ledger: a rep's request beyond their authority, then withdrawn.
    const rep = await signInThroughApi(browser, 'agent@northwind.example');
    const request = await requestOverLimitRefund(
      rep,
      await pickCustomer(rep),
      `Audit check: zip broke on day one (${Date.now()})`,
    );
    await tidyUp(rep, request);
    await rep.close();
  });
  afterAll(() => browser?.close());

  it('lands on the Audit page, sees the ledger verified and downloads it as CSV, at 375px', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'auditor@northwind.example');
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/audit');
    const verdict = page.getByRole('alert').filter({ hasText: 'The ledger is intact' });
    await verdict.waitFor();
    const { entries } = (await (await page.request.get('/api/ledger/verify')).json()) as {
      entries: number;
    };
    expect(entries).toBeGreaterThanOrEqual(2);
    expect(await verdict.innerText()).toContain(`All ${entries} entries check out`);

    // The whole ledger: no first day, and the last day today, where the organization is.
    await page.getByLabel('First day').fill('');
    const link = page.getByRole('link', { name: 'Ledger entries as CSV' });
    expect(await link.getAttribute('download')).toMatch(/^ledger-to-\d{4}-\d{2}-\d{2}\.csv$/);
    await screenshot(page, 'audit-auditor-375');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^ledger-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs
      .readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    expect(csv[0]).toBe('seq,at,kind,actorId,resolutionId,approvalId,data,prevHash,hash');
    // Every entry from the first on, in order (an escalation elsewhere may have added one since).
    const seqs = csv.slice(1).map((line) => Number(line.split(',')[0]));
    expect(seqs.length).toBeGreaterThanOrEqual(entries);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
