import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createTestApp, type TestApp } from '../testing/test-app.ts';

describe('the HTTP application', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports liveness and readiness', async () => {
    expect((await t.app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject('/readyz')).json()).toMatchObject({ status: 'ready' });
  });

  it('reports not ready when the database is gone', async () => {
    const other = await createTestApp();
    await other.database.close();
    const response = await other.app.inject('/readyz');
    expect(response.statusCode).toBe(503);
    expect(response.json().error.code).toBe('unavailable');
    await other.app.close();
  });

  it('serves an OpenAPI document generated from the schemas, and a page to browse it', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/people/{id}', '/api/customers/{id}']),
    );
    expect(
      doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['email', 'password']);
    expect(doc.components.schemas).toHaveProperty('Error');
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('does not compress API answers (a hot path of small JSON)', async () => {
    const response = await t.app.inject({
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('answers unknown API paths with the error shape', async () => {
    const response = await t.app.inject('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      error: { code: 'not_found', message: 'No route GET /api/nothing-here' },
    });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: '{"email":',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});

describe('security headers', () => {
  // A built app as Vite writes it: a module script, a stylesheet, and the slot for the style nonce.
  const distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leeway-dist-'));
  fs.writeFileSync(
    path.join(distDir, 'index.html'),
    '<!doctype html><html><head><meta name="leeway-style-nonce" content="__LEEWAY_STYLE_NONCE__" />' +
      '<script type="module" crossorigin src="/assets/index.js"></script><link rel="stylesheet" href="/assets/index.css"></head>' +
      '<body><div id="root"></div></body></html>',
  );
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: distDir } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(distDir, { recursive: true, force: true });
  });

  const directives = (header: unknown) =>
    new Map(
      String(header)
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)] as const),
    );

  it('serves the web app under a policy with no inline script, styles only by a fresh nonce, and no framing', async () => {
    const first = await t.app.inject('/');
    const second = await t.app.inject('/approvals');
    for (const page of [first, second]) {
      expect(page.statusCode).toBe(200);
      const csp = directives(page.headers['content-security-policy']);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('base-uri')).toEqual(["'self'"]);
      expect(csp.get('form-action')).toEqual(["'self'"]);
      expect(csp.get('connect-src')).toEqual(["'self'"]);
      const nonce = /<meta name="leeway-style-nonce" content="([^"]+)"/.exec(page.body)?.[1];
      expect(nonce).toMatch(/^[A-Za-z0-9+/=_-]{16,}$/);
      expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['strict-transport-security']).toBeUndefined();
    }
    expect(directives(first.headers['content-security-policy']).get('style-src')).not.toEqual(
      directives(second.headers['content-security-policy']).get('style-src'),
    );
  });

  it('sends the same headers on API answers, errors included', async () => {
    for (const url of ['/api/openapi.json', '/api/organization', '/api/nothing-here']) {
      const response = await t.app.inject(url);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('no-referrer');
      expect(
        directives(response.headers['content-security-policy']).get('frame-ancestors'),
        url,
      ).toEqual(["'none'"]);
    }
  });

  it('gives the public API documentation its own policy, still unframeable', async () => {
    const page = await t.app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    const csp = directives(page.headers['content-security-policy']);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('asks browsers for HTTPS only when COOKIE_SECURE says the app is served over it', async () => {
    const secure = await createTestApp({ env: { WEB_DIST_DIR: distDir, COOKIE_SECURE: 'true' } });
    try {
      for (const url of ['/', '/api/organization']) {
        expect((await secure.app.inject(url)).headers['strict-transport-security'], url).toMatch(
          /^max-age=\d{8,}/,
        );
      }
    } finally {
      await secure.close();
    }
  });
});
