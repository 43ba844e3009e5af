import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { expect } from 'vitest';

import { baseUrl, DEMO_PASSWORD, screenshot } from '../support/browser.ts';

/** Someone signed in through the API alone (no page), with the CSRF header their writes need. */
export type ApiSession = {
  request: APIRequestContext;
  headers: Record<string, string>;
  close: () => Promise<void>;
};

export async function apiSessionAs(browser: Browser, email: string): Promise<ApiSession> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const login = await context.request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const csrf = (await context.cookies()).find((c) => c.name === 'leeway_csrf')?.value ?? '';
  return {
    request: context.request,
    headers: { 'x-csrf-token': csrf },
    close: () => context.close(),
  };
}

/** An integration token, made by the admin through the API as a PBX installer would. */
export async function telephonyToken(browser: Browser): Promise<string> {
  const admin = await apiSessionAs(browser, 'admin@northwind.example');
  const response = await admin.request.post('/api/tokens', {
    data: { name: `e2e workspace PBX ${Date.now()}` },
    headers: admin.headers,
  });
  expect(response.status(), await response.text()).toBe(201);
  const { token } = (await response.json()) as { token: string };
  await admin.close();
  return token;
}

export type CallResult = { contactId: string; customerId: string | null; matched: boolean };

/** What the phone system sends when a call rings at a rep's extension. */
export async function ring(
  token: string,
  from: string,
  agent = 'agent@northwind.example',
): Promise<CallResult> {
  const response = await fetch(`${baseUrl}/api/cti/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'call.ringing',
      callId: `e2e-workspace-${crypto.randomUUID()}`,
      from,
      agent,
    }),
  });
  expect(response.status, await response.clone().text()).toBe(202);
  return (await response.json()) as CallResult;
}

/** The workspace, with its live connection up (a call that rings before it is would only show on the next load). */
export async function openWorkspace(page: Page): Promise<void> {
  await page.goto('/workspace');
  await page.getByRole('heading', { name: 'Workspace', level: 1 }).waitFor();
  await page.getByText('Live: calls open here by themselves').waitFor();
}

/** Starts a contact by hand, the way a rep does for a chat: "/", type, Enter to pick, Enter to start. */
export async function startContactWith(
  page: Page,
  search: string,
  name: string,
  channel = 'Call',
): Promise<string> {
  await page.keyboard.press('/');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.getAttribute('placeholder')))
    .toBe('Name, phone, email or reference');
  await page.keyboard.type(search);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page
    .getByRole('radiogroup', { name: 'Channel' })
    .getByText(channel, { exact: true })
    .click();
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/contacts') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Start contact' }).click();
  const { contact } = (await (await created).json()) as { contact: { id: string } };
  await expect.poll(() => page.url()).toContain(contact.id);
  await page.getByRole('heading', { name, level: 2 }).waitFor();
  return contact.id;
}

/** Leaves no open contact behind for the files that run after this one. */
/** Full-page screenshots of a scrolled page draw the fixed header mid-page; start from the top. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

export async function closeContact(page: Page, contactId: string): Promise<void> {
  const closed = page.waitForResponse((r) => r.url().endsWith(`/api/contacts/${contactId}/close`));
  await page.getByRole('button', { name: 'Close contact' }).click();
  // With nothing linked, the knowledge panel first offers its top suggestion once: decline it.
  const decline = page.getByRole('button', { name: 'No, just close' });
  await Promise.race([closed, decline.waitFor().then(() => decline.click())]);
  expect((await closed).status()).toBe(200);
  await expect.poll(() => page.url()).not.toContain(contactId);
}
