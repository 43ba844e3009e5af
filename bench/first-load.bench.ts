/**
 * npm run bench:first-load — the built web app's first load in headless Chromium on the demo data:
 * bytes of JavaScript (and CSS) fetched, and the time until a person can use the page, for the sign-in
 * page and for the rep workspace right after signing in. The last line is one JSON object.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type Page, type Response } from 'playwright-core';

import { repoRoot, startServerProcess } from '../server/testing/processes.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Load = {
  jsBytes: number;
  jsTransferBytes: number;
  cssBytes: number;
  requests: number;
  interactiveMs: number;
};

async function measure(page: Page, url: string, ready: () => Promise<unknown>): Promise<Load> {
  let jsBytes = 0;
  let jsTransferBytes = 0;
  let cssBytes = 0;
  let requests = 0;
  const onResponse = async (response: Response) => {
    requests++;
    const type = response.headers()['content-type'] ?? '';
    if (!type.includes('javascript') && !type.includes('css')) return;
    const size = (await response.body().catch(() => Buffer.alloc(0))).length;
    // What crossed the wire (compressed), beside what the browser had to parse.
    const sent = (
      await response
        .request()
        .sizes()
        .catch(() => ({ responseBodySize: size }))
    ).responseBodySize;
    if (type.includes('javascript')) {
      jsBytes += size;
      jsTransferBytes += sent;
    } else cssBytes += size;
  };
  page.on('response', onResponse);
  const started = Date.now();
  await page.goto(url);
  await ready();
  const interactiveMs = Date.now() - started;
  page.off('response', onResponse);
  return { jsBytes, jsTransferBytes, cssBytes, requests, interactiveMs };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log('Building the web app if needed…');
if (
  spawnSync(process.execPath, ['scripts/build-app-if-needed.mjs'], {
    cwd: repoRoot,
    stdio: 'inherit',
  }).status !== 0
)
  process.exit(1);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-first-load-'));
const server = await startServerProcess({ DATA_DIR: dataDir, DATABASE_URL: undefined });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const login: Load[] = [];
  const workspace: Load[] = [];
  for (let run = 1; run <= RUNS; run++) {
    process.stdout.write(`run ${run}/${RUNS}… `);
    // A fresh context each run: an empty cache, as on a rep's first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    login.push(
      await measure(page, `${server.url}/login`, () =>
        page.getByRole('button', { name: 'Sign in' }).waitFor(),
      ),
    );
    await page.getByLabel('Email').fill('agent@northwind.example');
    await page.getByLabel('Password').fill('leeway-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Our vision of service' }).waitFor();
    workspace.push(
      await measure(page, `${server.url}/workspace`, () =>
        page.getByLabel('Search customers').waitFor(),
      ),
    );
    await context.close();
    console.log(
      `login ${login.at(-1)!.interactiveMs} ms, workspace ${workspace.at(-1)!.interactiveMs} ms`,
    );
  }
  const summary = {
    loginJsBytes: login[0]!.jsBytes,
    loginJsTransferBytes: login[0]!.jsTransferBytes,
    loginCssBytes: login[0]!.cssBytes,
    loginInteractiveMs: median(login.map((l) => l.interactiveMs)),
    workspaceJsBytes: workspace[0]!.jsBytes,
    workspaceJsTransferBytes: workspace[0]!.jsTransferBytes,
    workspaceInteractiveMs: median(workspace.map((l) => l.interactiveMs)),
  };
  console.log(
    `sign-in page: ${(summary.loginJsBytes / 1024).toFixed(0)} KiB of JavaScript (${(summary.loginJsTransferBytes / 1024).toFixed(0)} KiB over the wire), ${(summary.loginCssBytes / 1024).toFixed(0)} KiB of CSS, usable after ${summary.loginInteractiveMs} ms (median of ${RUNS})`,
  );
  console.log(
    `workspace, loaded right after signing in (shared chunks cached, its own fetched): ${(summary.workspaceJsBytes / 1024).toFixed(0)} KiB of JavaScript, usable after ${summary.workspaceInteractiveMs} ms`,
  );
  console.log(JSON.stringify(summary));
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
