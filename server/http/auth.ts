import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { Batcher } from '../batching/batcher.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { principalFromApiToken } from '../modules/auth/queries/principal-from-api-token.ts';
import {
  principalsFromSessions,
  type SessionPrincipal,
} from '../modules/auth/queries/resolve-principal.ts';
import { authorize, type Ability } from '../policies/abilities.ts';
import type { Principal } from '../policies/principal.ts';

/** Who may call a route: anyone, any signed-in caller of the organization, or holders of an ability. */
export type Access = 'public' | 'signed-in' | Ability;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyInstance {
    /** Every /api route with its declared access, for the tenancy and role tests. */
    apiRoutes: Array<{ method: string; url: string; access: Access }>;
    /** Every /xapi route (the Learning Record Store, which answers API tokens) with its access, for the same walk. */
    xapiRoutes: Array<{ method: string; url: string; access: Access }>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The session cookie's token, when the caller used one (for logout). */
    sessionToken: string | null;
  }
}

export const SESSION_COOKIE = 'leeway_session';
export const CSRF_COOKIE = 'leeway_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookies(
  reply: FastifyReply,
  ctx: AppContext,
  session: { token: string; csrfToken: string; expiresAt: Date },
) {
  const common = {
    path: '/',
    sameSite: 'lax' as const,
    secure: ctx.config.cookieSecure,
    expires: session.expiresAt,
  };
  reply.setCookie(SESSION_COOKIE, session.token, { ...common, httpOnly: true });
  // Readable by the web app, which echoes it in the x-csrf-token header on every write.
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false });
}

export function clearSessionCookies(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** The signed-in caller; routes behind any access but 'public' can rely on it. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('unauthenticated', 'Sign in first');
  return request.principal;
}

/** The signed-in person (not an integration token), for routes about "me". */
export function personOf(request: FastifyRequest): Extract<Principal, { kind: 'person' }> {
  const principal = principalOf(request);
  if (principal.kind !== 'person')
    throw new AppError('forbidden', 'This needs a person, not an integration token');
  return principal;
}

type SessionLookup = (token: string) => Promise<SessionPrincipal | null>;

async function authenticate(
  request: FastifyRequest,
  ctx: AppContext,
  lookUpSession: SessionLookup,
): Promise<void> {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw new AppError('unauthenticated', 'Authorization header must be "Bearer <token>"');
    request.principal = await principalFromApiToken({
      db: ctx.db,
      token: match[1],
      now: ctx.now(),
    });
    if (!request.principal)
      throw new AppError('unauthenticated', 'The API token is unknown or revoked');
    return;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return;
  const session = await lookUpSession(token);
  if (!session) return;
  request.principal = session.principal;
  request.sessionToken = token;
  // Cookies ride along on cross-site requests; a header only our own pages can read proves the origin.
  if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== session.csrfToken) {
    throw new AppError(
      'csrf_failed',
      `Missing or wrong ${CSRF_HEADER} header: send the value of the ${CSRF_COOKIE} cookie`,
    );
  }
}

/**
 * Resolves the caller on every request and enforces each route's declared access. A route under
 * /api that declares none fails at start-up rather than shipping unprotected.
 */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  // Every request but a public one looks its session up: requests that arrive together share a query.
  const sessions = new Batcher<string, SessionPrincipal | null>(
    async (tokens) =>
      (await principalsFromSessions({ db: ctx.db, tokens, now: ctx.now() })).map((value) => ({
        ok: true,
        value,
      })),
    { maxBatch: 200, concurrency: 4 },
  );
  const lookUpSession: SessionLookup = (token) => sessions.submit(token);

  const apiRoutes: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', apiRoutes);
  const xapiRoutes: FastifyInstance['xapiRoutes'] = [];
  app.decorate('xapiRoutes', xapiRoutes);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/xapi/') && route.config?.access)
      for (const method of [route.method].flat())
        if (method !== 'HEAD')
          xapiRoutes.push({ method, url: route.url, access: route.config.access });
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access)
      throw new Error(`Route ${route.method} ${route.url} declares no access; add config.access`);
    for (const method of [route.method].flat())
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    await authenticate(request, ctx, lookUpSession);
    const principal = principalOf(request);
    if (access !== 'signed-in') authorize(principal, access);
  });
}
