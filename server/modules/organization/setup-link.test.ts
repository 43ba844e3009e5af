import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startServerProcess } from '../../testing/processes.ts';
import { createPostgresDatabase, testDialect } from '../../testing/test-database.ts';

const setup = (setupToken?: string) => ({
  organization: { slug: 'harbour', name: 'Harbour', currency: 'EUR', timeZone: 'Europe/Lisbon' },
  admin: { email: 'ana@harbour.example', name: 'Ana Admin', password: 'lantern orchard velvet' },
  template: 'tiered',
  ...(setupToken === undefined ? {} : { setupToken }),
});

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const linkLine = /^First-run setup: (\S+)\/setup#token=(\S*)$/gm;

/**
 * `npm start` on a deployment with no organization: the operator reads the setup link in the
 * server's output, and its token, nobody else's guess, claims the deployment.
 */
describe('the first-run setup link printed at start', () => {
  let env: Record<string, string | undefined>;
  let cleanUp: () => Promise<void>;
  beforeAll(async () => {
    if (testDialect() === 'postgres') {
      const database = await createPostgresDatabase();
      env = { DATABASE_URL: database.url };
      cleanUp = () => database.close();
    } else {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-setup-link-'));
      env = { DATA_DIR: dataDir, DATABASE_URL: undefined, SEED_DEMO: 'false' };
      cleanUp = async () => fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
  afterAll(() => cleanUp());

  it('names the deployment as PUBLIC_URL does (behind a proxy), not as this process listens', async () => {
    const server = await startServerProcess({
      ...env,
      SETUP_TOKEN: undefined,
      PUBLIC_URL: 'https://leeway.example.com/support/',
    });
    try {
      await expect.poll(() => server.output()).toContain('API documentation:');
      const links = [...server.output().matchAll(linkLine)];
      expect(links, server.output()).toHaveLength(1);
      const [, origin, token] = links[0]!;
      // The trailing slash is the config's to drop, so the path is not doubled.
      expect(origin).toBe('https://leeway.example.com/support');
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect((await post(server.url, setup(`${token!.slice(1)}A`))).status).toBe(403);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('prints one link with a token of its own, which alone opens setup; none once setup is done', async () => {
    const server = await startServerProcess({ ...env, SETUP_TOKEN: undefined });
    try {
      // The link is printed between these two lines, in one go.
      await expect.poll(() => server.output()).toContain('API documentation:');
      const links = [...server.output().matchAll(linkLine)];
      expect(links, server.output()).toHaveLength(1);
      const [, origin, token] = links[0]!;
      expect(origin).toBe(server.url);
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);

      const without = await post(server.url, setup());
      expect(without.status).toBe(403);
      const guessed = await post(server.url, setup(`${token!.slice(1)}A`));
      expect(guessed.status).toBe(403);
      expect(await (await fetch(`${server.url}/api/setup`)).json()).toEqual({ open: true });

      const claimed = await post(server.url, setup(token));
      expect(claimed.status, await claimed.clone().text()).toBe(200);
      expect(((await claimed.json()) as { person: { role: string } }).person.role).toBe('admin');
    } finally {
      await server.stop();
    }

    const again = await startServerProcess({ ...env, SETUP_TOKEN: undefined });
    try {
      await expect.poll(() => again.output()).toContain('API documentation:');
      expect(again.output()).not.toContain('First-run setup');
    } finally {
      await again.stop();
    }
    // Two starts of a server on a fresh database, on a shared two-core machine.
  }, 180_000);
});
