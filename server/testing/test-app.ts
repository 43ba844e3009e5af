import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';

import { loadConfig, type Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { ApiApp } from '../http/api-app.ts';
import { buildApp } from '../http/app.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from '../http/auth.ts';
import { EventHub } from '../realtime/event-hub.ts';
import { FIXTURE_PASSWORD } from './fixtures.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = {
  app: ApiApp;
  ctx: AppContext;
  database: DatabaseHandle;
  clock: TestClock;
  close(): Promise<void>;
};

/** A clock tests can move forward. */
export class TestClock {
  constructor(private current = new Date('2026-11-20T15:00:00Z')) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export async function createTestApp(
  options: { env?: Record<string, string>; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = new TestClock();
  // The ledger's checkpoint key is created on first use in a folder of this app's own, not beside ./data.
  const keyDir = path.join(os.tmpdir(), `leeway-test-keys-${randomUUID()}`);
  const ledgerSigningKey = {
    file: path.join(keyDir, 'ledger-signing-key.pem'),
    createIfMissing: true,
  };
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', WEB_DIST_DIR: '/nonexistent', ...options.env }),
    ...(options.env?.LEDGER_SIGNING_KEY_FILE ? {} : { ledgerSigningKey }),
    ...options.config,
  };
  const events = new EventHub({
    database,
    logger: pino({ level: config.logLevel }),
    now: clock.now,
  });
  await events.start();
  const ctx: AppContext = { config, database, db: database.db, now: clock.now, events };
  const app = await buildApp({ ctx });
  await app.ready();
  return {
    app,
    ctx,
    database,
    clock,
    close: async () => {
      await app.close();
      await events.stop();
      await database.close();
      fs.rmSync(keyDir, { recursive: true, force: true });
    },
  };
}

type Body = Record<string, unknown> | unknown[];

/** An HTTP client for app.inject that keeps the session cookies and sends the CSRF header, as the web app does. */
export class TestClient {
  private cookies: Record<string, string> = {};
  constructor(
    private readonly app: ApiApp,
    private readonly bearer?: string,
  ) {}

  get sessionCookies() {
    return { ...this.cookies };
  }

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: Body,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const csrf = this.cookies[CSRF_COOKIE];
    const response = await this.app.inject({
      method,
      url,
      ...(body !== undefined ? { payload: body } : {}),
      cookies: this.cookies,
      headers: {
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || cookie.expires?.getTime() === 0) delete this.cookies[cookie.name];
      else this.cookies[cookie.name] = cookie.value;
    }
    return response;
  }

  get = (url: string, headers?: Record<string, string>) =>
    this.request('GET', url, undefined, headers);
  post = (url: string, body?: Body, headers?: Record<string, string>) =>
    this.request('POST', url, body ?? {}, headers);
  patch = (url: string, body: Body, headers?: Record<string, string>) =>
    this.request('PATCH', url, body, headers);
  put = (url: string, body: Body, headers?: Record<string, string>) =>
    this.request('PUT', url, body, headers);
  delete = (url: string, headers?: Record<string, string>) =>
    this.request('DELETE', url, undefined, headers);
}

export async function signIn(
  app: ApiApp,
  email: string,
  password = FIXTURE_PASSWORD,
): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.post('/api/auth/login', { email, password });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${response.statusCode} ${response.body}`);
  if (!client.sessionCookies[SESSION_COOKIE]) throw new Error('sign-in set no session cookie');
  return client;
}
