import { randomBytes } from 'node:crypto';

import fastifyHelmet from '@fastify/helmet';
import type { FastifyReply } from 'fastify';

import type { ApiApp } from './api-app.ts';

type Directives = Record<string, string[]>;

/**
 * The web app's policy. Vite's build has no inline script, so scripts come from our origin only.
 * Mantine writes its CSS variables and responsive styles into <style> elements at run time: those carry
 * the page's nonce (see stylePolicy); style attributes React sets go through the CSSOM, which CSP does
 * not govern, so no 'unsafe-inline' is needed anywhere. Nobody may frame the app (an approver's console
 * in a same-site frame is a click away from approving), and forms and <base> stay on our origin.
 */
const appDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"], // the API and the /api/events stream
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The Swagger UI at /api/docs (public, like the OpenAPI document): its bundle writes <style> elements
 * with no way to give them a nonce, so this page alone allows inline styles. Scripts stay our own and
 * the page stays unframeable; it holds no data but the public API description.
 */
const docsDirectives: Directives = { ...appDirectives, 'style-src': ["'self'", "'unsafe-inline'"] };

function serialize(directives: Directives, secure: boolean): string {
  const parts = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  // Only when served over HTTPS: on plain http://localhost it would send every request to https.
  if (secure) parts.push('upgrade-insecure-requests');
  return parts.join('; ');
}

/**
 * nosniff, no-referrer (URLs name customers and requests), X-Frame-Options DENY for browsers without
 * frame-ancestors, the CSP above on every answer, and HSTS when COOKIE_SECURE says we are behind HTTPS.
 */
export async function installSecurityHeaders(
  app: ApiApp,
  options: { secure: boolean },
): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...appDirectives,
        ...(options.secure ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.secure
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
  });
}

/** The policy swagger-ui sets on its own routes (its `staticCSP` option). */
export function docsPolicy(options: { secure: boolean }): string {
  return serialize(docsDirectives, options.secure);
}

/** Where index.html carries the nonce to the app (app/main.tsx hands it to Mantine). */
export const STYLE_NONCE_SLOT = '__LEEWAY_STYLE_NONCE__';

/**
 * Sends index.html with a fresh nonce per response, in the page and in the header, so only the
 * <style> elements the app itself writes apply; injected markup's do not.
 */
export function indexPageSender(
  html: string,
  options: { secure: boolean },
): (reply: FastifyReply) => FastifyReply {
  const [before, after] = html.split(STYLE_NONCE_SLOT, 2);
  return (reply) => {
    const nonce = randomBytes(16).toString('base64');
    reply.header(
      'content-security-policy',
      serialize({ ...appDirectives, 'style-src': ["'self'", `'nonce-${nonce}'`] }, options.secure),
    );
    return reply
      .type('text/html; charset=utf-8')
      .send(after === undefined ? html : `${before}${nonce}${after}`);
  };
}
