import fs from 'node:fs';
import path from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  pickCustomer,
  requestOverLimitRefund,
  signInThroughApi,
  tidyUp,
  type ApiSession,
  type OverLimitRequest,
} from '../approvals/rep-api.ts';
import { writeArticle } from '../knowledge/knowledge-api.ts';
import { axeViolations, type AxeViolation } from '../support/axe.ts';
import {
  artifactsDir,
  browserAvailable,
  launchBrowser,
  openPage,
  screenshot,
  signInAs,
} from '../support/browser.ts';

/**
 * axe-core on every page each role's navigation offers, in the states that show the most (a
 * customer open, a request in the queue, a drawer open, every policy tab), wide and narrow. The pages
 * are read from the navigation itself, so a page added to a module's manifest is checked here too.
 */

const accounts = {
  admin: 'admin@northwind.example',
  agent: 'agent@northwind.example',
  supervisor: 'supervisor@northwind.example',
  trainer: 'trainer@northwind.example',
  auditor: 'auditor@northwind.example',
} as const;
type Account = keyof typeof accounts;

const viewports = [
  { width: 1280, height: 800 },
  { width: 375, height: 740 },
] as const;
type Viewport = (typeof viewports)[number];

/** Violations per checked page, and the node count per page for the summary file. */
type Findings = Record<string, AxeViolation[]>;
const nodeCounts: Record<string, number> = {};
const everyFinding: Findings = {};

async function check(page: Page, findings: Findings, name: string, viewport: Viewport) {
  // A page can redraw after it was ready (its limits refetched on a live event, say): axe must see
  // the page again, not the loader between (CI: "page must have a level-one heading").
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const violations = await axeViolations(page);
  const key = `${name} @${viewport.width}`;
  nodeCounts[key] = violations.reduce((n, v) => n + v.nodes.length, 0);
  if (violations.length > 0) findings[key] = everyFinding[key] = violations;
  await screenshot(page, `a11y-${name.replaceAll(' ', '-')}-${viewport.width}`);
}

/** The page has drawn its heading and finished loading what it shows first. */
async function pageReady(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // Settled: a level-one heading and no loader, and still so two frames later. Right after a click
  // the old page's heading can still be there while the new page's code is fetched (CI once ran axe
  // on the loader between them: "page must have a level-one heading").
  await page
    .waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const settled = () =>
            document.querySelector('h1') !== null &&
            !document.querySelector('.mantine-Loader:not([aria-hidden="true"])');
          if (!settled()) return resolve(false);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(settled())));
        }),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
}

const isNarrow = (viewport: Viewport) => viewport.width < 768;

const burger = (page: Page) => page.getByRole('button', { name: 'Toggle navigation' });

/** Below `sm` the navigation is a drawer behind the burger: open it, or close it again. */
async function setNavOpen(page: Page, viewport: Viewport, open: boolean): Promise<void> {
  if (!isNarrow(viewport)) return;
  if ((await burger(page).getAttribute('aria-expanded')) !== String(open))
    await burger(page).click();
  await expect.poll(() => burger(page).getAttribute('aria-expanded')).toBe(String(open));
}

async function mainNav(page: Page, viewport: Viewport) {
  await setNavOpen(page, viewport, true);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link').first().waitFor();
  return nav;
}

async function navLinks(page: Page, viewport: Viewport): Promise<{ name: string; to: string }[]> {
  const nav = await mainNav(page, viewport);
  const links = await nav.getByRole('link').evaluateAll((as) =>
    as.map((a) => ({
      name: a.textContent.trim(),
      to: new URL((a as HTMLAnchorElement).href).pathname,
    })),
  );
  await setNavOpen(page, viewport, false);
  return links;
}

async function goThroughNav(page: Page, viewport: Viewport, link: { name: string; to: string }) {
  const nav = await mainNav(page, viewport);
  await nav.getByRole('link', { name: link.name, exact: true }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(link.to);
  // The address changes at once, but the router keeps the old page drawn while the new one's code
  // loads, and marks the link current in the same render as the new page: wait for that render.
  await page
    .locator(`#main-navigation a[aria-current="page"][href="${link.to}"]`)
    .waitFor({ state: 'attached' });
  await pageReady(page);
}

/** Opens a contact with a customer for the signed-in person, as the workspace's start form does. */
async function openContact(page: Page): Promise<{ id: string; customerName: string }> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'leeway_csrf')?.value ?? '';
  const list = await page.request.get('/api/customers?limit=100');
  const { customers } = (await list.json()) as { customers: { id: string; name: string }[] };
  // The middle of the list: other files' stories use the first and the last customers.
  const customer = customers[Math.floor(customers.length / 2)];
  if (!customer) throw new Error('The demo data has no customers');
  const created = await page.request.post('/api/contacts', {
    data: { customerId: customer.id, channel: 'call', reason: 'Accessibility check' },
    headers: { 'x-csrf-token': csrf },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { contact } = (await created.json()) as { contact: { id: string } };
  return { id: contact.id, customerName: customer.name };
}

async function closeContact(page: Page, id: string): Promise<void> {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'leeway_csrf')?.value ?? '';
  await page.request.post(`/api/contacts/${id}/close`, {
    data: {},
    headers: { 'x-csrf-token': csrf },
  });
}

/** The signed-in person's API, as the web app calls it (the CSRF header on writes). */
async function apiOf(page: Page) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'leeway_csrf')?.value ?? '';
  const call = async (method: string, url: string, data?: object) => {
    const response = await page.request.fetch(url, {
      method,
      data,
      headers: { 'x-csrf-token': csrf },
    });
    expect(response.ok(), `${method} ${url}: ${await response.text()}`).toBe(true);
    return response.status() === 204 ? null : response.json();
  };
  return call;
}

/**
 * Holds a publication for a second admin: the trainer is made an admin for the while, and the admin
 * asks to publish a draft that raises the managers' refund limit, their own level's. Returns the
 * undoing (the draft discarded, the trainer a trainer again), so later files see the demo policy.
 */
async function holdPublication(page: Page): Promise<() => Promise<void>> {
  const api = await apiOf(page);
  const { people } = (await api('GET', '/api/people?q=trainer@northwind.example')) as {
    people: { id: string; email: string; role: string }[];
  };
  const trainer = people.find((p) => p.email === accounts.trainer);
  if (!trainer) throw new Error('The demo data has no trainer');
  await api('PATCH', `/api/people/${trainer.id}`, { role: 'admin' });
  const undo = async () => {
    await api('DELETE', '/api/authority/policy/draft');
    await api('PATCH', `/api/people/${trainer.id}`, { role: trainer.role });
  };
  try {
    const { policy } = (await api('GET', '/api/authority/policy')) as {
      policy: { document: { rules: { level: string; type: string; perIncidentMinor: number }[] } };
    };
    const document = structuredClone(policy.document);
    const rule = document.rules.find((r) => r.level === 'manager' && r.type === 'refund');
    if (!rule) throw new Error('The demo policy has no manager refund rule');
    rule.perIncidentMinor += 100_00;
    await api('PUT', '/api/authority/policy/draft', { document });
    const outcome = (await api('POST', '/api/authority/policy/publish', {
      note: 'Accessibility check: managers a little higher',
    })) as { status: string };
    expect(outcome.status).toBe('awaiting_second_admin');
  } catch (error) {
    await undo();
    throw error;
  }
  return undo;
}

/** The states of a page worth checking beyond its first view. */
async function checkStates(
  page: Page,
  findings: Findings,
  who: Account,
  to: string,
  viewport: Viewport,
  queue: () => Promise<OverLimitRequest>,
) {
  if (to === '/workspace') {
    const contact = await openContact(page);
    try {
      await page.goto(`/workspace?contact=${contact.id}`);
      await page.getByRole('heading', { name: contact.customerName, level: 2 }).waitFor();
      await pageReady(page);
      await check(page, findings, `${who} workspace with a customer`, viewport);
    } finally {
      await closeContact(page, contact.id);
    }
  }
  if (to === '/knowledge') {
    // An article's page: versions, flags and the rendered markdown.
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('delivery');
    await page.getByRole('list', { name: 'Articles found' }).getByRole('button').first().click();
    await page.getByRole('heading', { name: 'Versions' }).waitFor();
    await pageReady(page);
    await check(page, findings, `${who} knowledge article`, viewport);
    // One whose resolution has its own # and ## headings: they nest under the page's (heading-order).
    await page.goto(`/knowledge?article=${headingsArticle.id}`);
    await page.getByRole('heading', { name: 'Check the carrier first', level: 3 }).waitFor();
    await pageReady(page);
    await check(page, findings, `${who} knowledge article with headings`, viewport);
  }
  if (to === '/approvals' && who === 'supervisor') {
    // Queued now, not once for the run: a request escalates past the supervisor in a few minutes,
    // and the run's later tests start that long after its first.
    const queued = await queue();
    await page.getByRole('article').filter({ hasText: queued.reason }).first().waitFor();
    await check(page, findings, `${who} approvals with a request`, viewport);
  }
  if (to === '/people' && who === 'admin') {
    await page
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await page.getByRole('dialog').first().waitFor();
    await pageReady(page);
    await check(page, findings, `${who} people with a drawer`, viewport);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await page.getByRole('dialog', { name: 'Invite someone' }).waitFor();
    await pageReady(page);
    await check(page, findings, `${who} people inviting`, viewport);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').first().waitFor({ state: 'hidden' });
  }
  if (to === '/audit') {
    await page.getByRole('button', { name: 'Sign a checkpoint now' }).click();
    await page.getByText('Last signed checkpoint').waitFor();
    await pageReady(page);
    await check(page, findings, `${who} audit with a checkpoint`, viewport);
  }
  if (to === '/policy') {
    await page.getByRole('tab').first().waitFor();
    const tabs = await page.getByRole('tab').allInnerTexts();
    for (const [i, label] of tabs.entries()) {
      await page.getByRole('tab').nth(i).click();
      await page.getByRole('tabpanel').first().waitFor();
      await pageReady(page);
      const tab = label.replace(/\d+/g, '').trim().toLowerCase();
      await check(page, findings, `${who} policy tab ${tab}`, viewport);
    }
    if (who === 'admin') {
      const undo = await holdPublication(page);
      try {
        // The limits tab: the raised cell shows "Changed in draft" under the alert.
        await page.goto('/policy');
        await page.getByRole('alert').filter({ hasText: 'Waiting for a second admin' }).waitFor();
        await pageReady(page);
        await check(page, findings, `${who} policy waiting for a second admin`, viewport);
      } finally {
        await undo();
      }
    }
  }
}

/** An article whose markdown has headings of its own, written for the run and archived after it. */
let headingsArticle: { id: string };

describe.skipIf(!browserAvailable)('accessibility of every page', () => {
  let browser: Browser;
  let rep: ApiSession;
  let admin: ApiSession;
  const queued: OverLimitRequest[] = [];
  /** A request waiting in the supervisor's queue, so the approvals page shows a card. */
  const queue = async () => {
    const request = await requestOverLimitRefund(
      rep,
      await pickCustomer(rep),
      `Accessibility check: stitching came apart (${Date.now()})`,
    );
    queued.push(request);
    return request;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    rep = await signInThroughApi(browser, accounts.agent);
    admin = await signInThroughApi(browser, accounts.admin);
    headingsArticle = await writeArticle(admin, {
      title: `Accessibility check: a parcel lost in transit (${Date.now()})`,
      problem: 'The parcel never arrived',
      resolution: [
        'Ask for the order number.',
        '# Check the carrier first',
        'Open the tracking page.',
        '## When it shows delivered',
        'Ask the customer to check with neighbours.',
        '### Still missing',
        'Reship it.',
      ].join('\n\n'),
    });
  });

  afterAll(async () => {
    if (!browser) return;
    for (const request of queued) await tidyUp(rep, request).catch(() => undefined);
    if (headingsArticle)
      await admin
        .send('POST', `/api/knowledge/articles/${headingsArticle.id}/state`, { state: 'archived' })
        .catch(() => undefined);
    await rep?.close();
    await admin?.close();
    fs.mkdirSync(artifactsDir, { recursive: true });
    fs.writeFileSync(
      path.join(artifactsDir, 'accessibility-violations.json'),
      `${JSON.stringify({ nodeCounts, violations: everyFinding }, null, 2)}\n`,
    );
    await browser.close();
  });

  for (const viewport of viewports) {
    it(`the sign-in page, empty and with an error, at ${viewport.width}px`, async () => {
      const findings: Findings = {};
      const { page, context } = await openPage(browser, viewport);
      await page.goto('/login');
      await pageReady(page);
      await check(page, findings, 'login', viewport);
      await signInAs(page, accounts.agent, 'not the password');
      await page.getByText('Email or password is incorrect').waitFor();
      await check(page, findings, 'login with an error', viewport);
      await context.close();
      expect(findings).toEqual({});
    });

    it(`the pages a link or "Forgot password?" opens, at ${viewport.width}px`, async () => {
      const findings: Findings = {};
      const { page, context } = await openPage(browser, viewport);
      await page.goto('/forgot-password');
      await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
      await check(page, findings, 'forgot password', viewport);
      await page.getByLabel('Email').fill('someone@northwind.example');
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.getByRole('status').filter({ hasText: 'on its way' }).waitFor();
      await check(page, findings, 'forgot password, asked', viewport);
      for (const [path, heading, name] of [
        ['/reset-password', 'Choose a new password', 'reset password'],
        ['/invitation', 'Welcome: choose your password', 'invitation'],
      ] as const) {
        await page.goto(`${path}#not-a-real-token`);
        await page.getByRole('heading', { name: heading }).waitFor();
        await check(page, findings, name, viewport);
        await page.getByLabel('New password', { exact: true }).fill('a long enough passphrase');
        await page.getByLabel('Repeat the new password').fill('a long enough passphrase');
        await page.getByRole('button', { name: 'Set password and sign in' }).click();
        await page.getByText(/expired or was already used/).waitFor();
        await check(page, findings, `${name} with a used link`, viewport);
        await page.goto(path);
        await page.getByText('This link is incomplete', { exact: false }).waitFor();
        await check(page, findings, `${name} without its token`, viewport);
      }
      await context.close();
      expect(findings).toEqual({});
    });

    for (const who of Object.keys(accounts) as Account[]) {
      it(
        `every page the ${who} can reach, at ${viewport.width}px`,
        { timeout: 240_000 },
        async () => {
          const findings: Findings = {};
          const { page, context } = await openPage(browser, viewport);
          await signInAs(page, accounts[who]);
          await pageReady(page);
          for (const link of await navLinks(page, viewport)) {
            await goThroughNav(page, viewport, link);
            const name = link.to === '/' ? 'home' : link.to.slice(1).replaceAll('/', ' ');
            await check(page, findings, `${who} ${name}`, viewport);
            await checkStates(page, findings, who, link.to, viewport, queue);
          }
          if (isNarrow(viewport)) {
            await mainNav(page, viewport);
            await check(page, findings, `${who} navigation open`, viewport);
          }
          await page.goto('/no-such-page');
          await pageReady(page);
          await check(page, findings, `${who} not found`, viewport);
          await context.close();
          expect(findings).toEqual({});
        },
      );
    }
  }
});
