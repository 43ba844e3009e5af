import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** Path of the Chromium binary, or null when it is missing outside CI (the browser tests then skip). */
    chromium: string | null;
  }
}

const root = path.resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

/** A fresh PostgreSQL database on the TEST_DATABASE_URL server, migrated and seeded the way a deployment is. */
async function preparePostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('The e2e-postgres project needs TEST_DATABASE_URL');
  const name = `leeway_e2e_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  for (const args of [['migrate'], ['seed', '--demo']]) {
    const result = spawnSync(process.execPath, ['cli/bin.mjs', ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
      encoding: 'utf8',
    });
    if (result.status !== 0)
      throw new Error(`leeway ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/**
 * Builds the web app, starts Leeway with the demo data — on a fresh embedded database, or for the
 * e2e-postgres project on a fresh PostgreSQL one — and shares its URL.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(chromiumPath)) {
    const help = `Chromium not found at ${chromiumPath}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
    if (process.env.CI) throw new Error(`${help} The browser tests must run in CI.`);
    console.warn(`\n${help} Skipping the browser tests.\n`);
    project.provide('chromium', null);
    project.provide('baseUrl', '');
    return;
  }
  project.provide('chromium', chromiumPath);

  const build = spawnSync(process.execPath, ['scripts/build-app-if-needed.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('The web app did not build');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-e2e-'));
  const postgres = project.name === 'e2e-postgres' ? await preparePostgres() : null;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  if (postgres) {
    env.DATABASE_URL = postgres.url;
    // On PostgreSQL the signing key is the operator's (LEDGER_SIGNING_KEY_FILE); the Audit page signs checkpoints with it.
    const keyFile = path.join(dataDir, 'ledger-signing-key.pem');
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    env.LEDGER_SIGNING_KEY_FILE = keyFile;
  } else delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    fs.rmSync(dataDir, { recursive: true, force: true });
    await postgres?.drop();
  };
}
