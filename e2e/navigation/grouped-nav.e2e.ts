import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

/** The navigation's sections and their links, as a screen reader would list them. */
async function sections(page: Page): Promise<Array<[string, string[]]>> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const groups = await nav.getByRole('group').all();
  return Promise.all(
    groups.map(async (group) => {
      const name = await group.evaluate((element) => {
        const id = element.getAttribute('aria-labelledby');
        return (id && document.getElementById(id)?.textContent) || '';
      });
      const links = await group.getByRole('link').allTextContents();
      return [name, links] as [string, string[]];
    }),
  );
}

describe.skipIf(!browserAvailable)('the grouped navigation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('shows an admin every section at 1280px, an agent only theirs', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 1280, height: 800 });
    await signInAs(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    expect(await sections(page)).toEqual([
      ['Me', ['Home', 'Training', 'My profile']],
      ['Serve', ['Workspace', 'Approvals', 'Knowledge', 'Open flags']],
      [
        'Lead',
        [
          'People',
          'Knowledge insights',
          'Score articles',
          'Trainer home',
          'Course builder',
          'Assignments',
          'Training progress',
          'Policy',
        ],
      ],
      ['Admin', ['Settings', 'Import', 'Audit']],
    ]);
    await screenshot(page, 'nav-admin-1280');
    await page.getByRole('link', { name: 'People' }).click();
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    // The list is taller than an 800px window: the navbar scrolls, so its last link still works.
    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    await context.close();

    const agent = await openPage(browser, { width: 1280, height: 800 });
    await signInAs(agent.page, 'agent@northwind.example');
    await agent.page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    expect(await sections(agent.page)).toEqual([
      ['Me', ['Home', 'Training', 'My profile']],
      ['Serve', ['Workspace', 'Knowledge', 'Open flags']],
    ]);
    // A page beyond the role, typed in: explained, not loaded.
    await agent.page.goto('/policy');
    await agent.page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    expect([...consoleErrors, ...agent.consoleErrors]).toEqual([]);
    await agent.context.close();
  });

  it('lands an auditor on the Audit page, with Home, their profile and nothing that acts', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 1280, height: 800 });
    await signInAs(page, 'auditor@northwind.example');
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor();
    expect(await sections(page)).toEqual([
      ['Me', ['Home', 'My profile']],
      ['Admin', ['Audit']],
    ]);
    await screenshot(page, 'nav-auditor-1280');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.goto('/workspace');
    await page.getByRole('heading', { name: 'Not available for your role' }).waitFor();
    expect(await page.getByText('This page is not part of the Auditor role').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('works from the burger menu at 375px', async () => {
    const { page, consoleErrors, context } = await openPage(browser, { width: 375, height: 740 });
    await signInAs(page, 'supervisor@northwind.example');
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    await page.getByRole('button', { name: 'Toggle navigation' }).click();
    const approvals = page.getByRole('link', { name: 'Approvals' });
    // Actionable means the drawer has finished sliding in.
    await approvals.click({ trial: true });
    await screenshot(page, 'nav-supervisor-375');
    await approvals.click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    // The drawer closes behind the chosen page.
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Toggle navigation' }).getAttribute('aria-expanded'),
      )
      .toBe('false');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
