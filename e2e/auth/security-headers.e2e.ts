import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  launchBrowser,
  openPage,
  signInAs,
  type TrackedPage,
} from '../support/browser.ts';
import { openWorkspace } from '../workspace/support.ts';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/** A page that records every Content-Security-Policy violation, from the event and from the console. */
async function watchedPage(
  browser: Browser,
): Promise<TrackedPage & { violations: () => Promise<string[]> }> {
  const tracked = await openPage(browser);
  const fromConsole: string[] = [];
  tracked.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  // Injected by the browser driver before any page script, so the page's own policy does not apply to it.
  await tracked.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  const violations = async () => [
    ...(await tracked.page.evaluate(() => window.cspViolations)),
    ...fromConsole,
  ];
  return { ...tracked, violations };
}

/** The policy is in force: a <style> without the page's nonce, as injected markup would add, is refused. */
async function injectedStyleIsRefused(page: Page): Promise<boolean> {
  const before = await page.evaluate(() => window.cspViolations.length);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 3px solid red; }';
    document.head.append(style);
  });
  await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBeGreaterThan(before);
  const refused = await page.evaluate(
    () => getComputedStyle(document.body).outlineStyle !== 'solid',
  );
  await page.evaluate((n) => window.cspViolations.splice(n), before);
  return refused;
}

describe.skipIf(!browserAvailable)('the web app under its Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('runs the workspace, the approver console and the policy admin with no violation, and refuses an injected style', async () => {
    const visits: [string, (page: Page) => Promise<void>][] = [
      ['agent@northwind.example', (page) => openWorkspace(page)],
      [
        'supervisor@northwind.example',
        async (page) => {
          await page.goto('/approvals');
          await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
        },
      ],
      [
        'admin@northwind.example',
        async (page) => {
          await page.goto('/policy');
          await page.getByRole('heading', { name: 'Authority policy' }).waitFor();
          await page.goto('/people');
          await page.getByRole('heading', { name: 'People', exact: true }).first().waitFor();
          // A drawer locks the page's scroll with a <style> of its own (react-remove-scroll).
          await page.getByRole('button', { name: 'Edit Omar Farouk' }).click();
          await page.getByRole('dialog', { name: 'Omar Farouk' }).waitFor();
        },
      ],
    ];
    for (const [email, visit] of visits) {
      const { page, context, consoleErrors, violations } = await watchedPage(browser);
      const answer = page.waitForResponse((r) => new URL(r.url()).pathname === '/login');
      await signInAs(page, email);
      expect((await answer).headers()['content-security-policy'], email).toContain(
        "frame-ancestors 'none'",
      );
      await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
      await visit(page);
      // Mantine's run-time <style>s carry the nonce and apply.
      expect(await page.locator('style[data-mantine-styles]').count(), email).toBeGreaterThan(0);
      expect(await violations(), email).toEqual([]);
      expect(consoleErrors, email).toEqual([]);
      expect(await injectedStyleIsRefused(page), email).toBe(true);
      await context.close();
    }
  });

  it('serves the public API documentation under its own policy with no violation', async () => {
    const { page, context, violations } = await watchedPage(browser);
    await page.goto('/api/docs/');
    await page.getByText('Leeway API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
