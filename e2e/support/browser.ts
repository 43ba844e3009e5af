import fs from 'node:fs';
import path from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const artifactsDir = path.resolve(import.meta.dirname, '../artifacts');

/** True when the browser tests can run here (global setup found Chromium). */
export const browserAvailable = inject('chromium') !== null;
export const baseUrl = inject('baseUrl');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = inject('chromium');
  if (!executablePath) throw new Error('Chromium is not available');
  return chromium.launch({
    executablePath,
    headless: true,
    // Root in a container has no sandbox; the machine's closed network makes background fetches hang.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export type TrackedPage = { page: Page; context: BrowserContext; consoleErrors: string[] };

/** A fresh context (its own cookies) whose console errors and failed page scripts are collected. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<TrackedPage> {
  const context = await browser.newContext({ viewport, baseURL: baseUrl });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  return { page, context, consoleErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(artifactsDir, { recursive: true });
  // A full-page capture of a scrolled page draws the fixed header where the viewport was: start at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

export const DEMO_PASSWORD = 'leeway-demo';

export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
