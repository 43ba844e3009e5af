import fs from 'node:fs';
import path from 'node:path';

import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyReply } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';

import type { AppContext } from '../context.ts';
import { loadModuleRoutes } from '../modules/index.ts';
import type { ApiApp } from './api-app.ts';
import { installAuth } from './auth.ts';
import { installErrorHandler } from './error-handler.ts';
import { installOpenApi } from './openapi.ts';
import { indexPageSender, installSecurityHeaders } from './security-headers.ts';
import { validatorCompiler } from './validator-compiler.ts';

export type BuildAppOptions = { ctx: AppContext; logger?: FastifyBaseLogger | boolean };

/** The HTTP application: plugins, auth, every module's routes, the OpenAPI document and the web app. */
export async function buildApp({ ctx, logger = false }: BuildAppOptions): Promise<ApiApp> {
  const app = Fastify({
    ...(typeof logger === 'boolean' ? { logger } : { loggerInstance: logger }),
    // Behind a load balancer the client address arrives in X-Forwarded-For, but anyone can send that
    // header: it is believed only from the proxies TRUST_PROXY names (sign-in limits count per address).
    // (Fastify takes a hop count too, though its types leave it out.)
    trustProxy: ctx.config.trustProxy as boolean | string[],
    bodyLimit: 256 * 1024,
    // One line per request, at debug (below), instead of Fastify's two at info: at a thousand
    // decisions a second the access log would cost more than the decisions.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', async (request, reply) => {
    request.log.debug(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await installSecurityHeaders(app, { secure: ctx.config.cookieSecure });
  await app.register(fastifyCookie);
  // Only the web app's files are compressed: API answers are small JSON on a hot path, and the event
  // stream must not be buffered. (This hook must run before the plugin's own.)
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs')) route.compress = false;
  });
  await app.register(fastifyCompress, { threshold: 1024 });
  installAuth(app, ctx);

  await installOpenApi(app, { secure: ctx.config.cookieSecure });

  for (const register of await loadModuleRoutes()) await register(app, ctx);

  serveWebApp(app, ctx.config.webDistDir, ctx.config.cookieSecure);
  return app;
}

/** The built React app at /, with client-side routes falling back to index.html. */
function serveWebApp(app: ApiApp, distDir: string, secure: boolean) {
  const index = path.join(distDir, 'index.html');
  if (!fs.existsSync(index)) {
    app.log.warn({ distDir }, 'web app not built: run `npm run build` (npm start does it for you)');
    return;
  }
  // index.html only through sendIndex, which gives each copy its style nonce.
  app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    allowedPath: (pathName) => pathName !== '/index.html',
  });
  const sendPage = indexPageSender(fs.readFileSync(index, 'utf8'), { secure });
  const sendIndex = (_request: unknown, reply: FastifyReply) => sendPage(reply);
  app.get('/', { schema: { hide: true } }, sendIndex);
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.code(404).send({
        error: { code: 'not_found', message: `No route GET ${request.url.split('?')[0]}` },
      });
    }
    // A path with a dot is a missing asset, not a page.
    if (path.extname(request.url.split('?')[0] ?? '')) {
      return reply.code(404).send({ error: { code: 'not_found', message: 'No such file' } });
    }
    return sendIndex(request, reply);
  });
}
