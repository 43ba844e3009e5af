import {
  xapiAboutSchema,
  xapiStatementsQuery,
  xapiStatementsResponse,
} from '../../../contract/xapi.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { findStatement, pageStatements } from './queries/page-statements.ts';

export const XAPI_VERSION = '1.0.3';
const VERSION_HEADER = 'x-experience-api-version';

/**
 * The Learning Record Store's read side (xAPI 1.0.3 Part Three), outside /api because an LMS is
 * pointed at an xAPI endpoint by its own conventions. Every answer, errors included, carries the
 * version header (§6.2), so the routes live in one scope with that hook.
 */
export async function xapiRoutes(app: ApiApp, ctx: AppContext) {
  await app.register(async (xapi: ApiApp) => {
    // The route walk (server/http/tenancy-and-roles.test.ts) covers /api only: outside it, a route
    // that declares no access fails at start-up here instead (statements.test.ts walks these).
    xapi.addHook('onRoute', (route) => {
      if (!route.config?.access)
        throw new Error(`Route ${route.method} ${route.url} declares no access; add config.access`);
    });
    xapi.addHook('onSend', async (_request, reply) => {
      reply.header(VERSION_HEADER, XAPI_VERSION);
    });
    // A client speaking another major version would misread the answers (§6.2): say so rather than guess.
    xapi.addHook('preHandler', async (request) => {
      const asked = request.headers[VERSION_HEADER];
      if (asked !== undefined && !/^1\.0(\.\d+)?$/.test(String(asked)))
        throw AppError.invalid(
          'X-Experience-API-Version',
          `${XAPI_VERSION} is served, not ${asked}`,
        );
    });

    xapi.get(
      '/xapi/about',
      {
        config: { access: 'public' },
        schema: {
          tags: ['xapi'],
          summary: 'The xAPI versions this Learning Record Store speaks',
          security: [],
          response: { 200: xapiAboutSchema },
        },
      },
      async () => ({ version: [XAPI_VERSION] }),
    );

    xapi.get(
      '/xapi/statements',
      {
        config: { access: 'xapi.read' },
        schema: {
          tags: ['xapi'],
          summary:
            "My organization's learning statements (xAPI 1.0.3), newest stored first, for an LMS or LRS to pull with an API token",
          description:
            'Filters `since`, `until` (stored time), `verb` (IRI), `agent` (JSON Agent), `limit`, `ascending`; `more` is the next page, "" on the last. ' +
            '`statementId` answers that one statement. Needs `Authorization: Bearer <api token>` of an admin, an auditor or an integration.',
          security: [{ bearer: [] }],
          querystring: xapiStatementsQuery,
          response: { 200: xapiStatementsResponse, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const me = principalOf(request);
        // An LRS pulls with a token; a browser session reading every learner's results is not the use.
        if (me.kind === 'person' && me.via !== 'token')
          throw new AppError('unauthenticated', 'Send "Authorization: Bearer <api token>"');
        const { organizationId } = me;
        const q = request.query;
        if (q.statementId) {
          const statement = await findStatement({
            db: ctx.db,
            organizationId,
            statementId: q.statementId,
          });
          if (!statement) throw new AppError('not_found', 'No such statement');
          return statement;
        }
        const page = await pageStatements({
          db: ctx.db,
          organizationId,
          filter: {
            ...(q.since ? { since: new Date(q.since) } : {}),
            ...(q.until ? { until: new Date(q.until) } : {}),
            ...(q.verb ? { verb: q.verb } : {}),
            ...(q.agent ? { actorIfi: q.agent } : {}),
          },
          ascending: q.ascending,
          limit: q.limit,
          ...(q.cursor ? { cursor: q.cursor } : {}),
        });
        return { statements: page.statements, more: moreLink(request.url, page.nextCursor) };
      },
    );
  });
}

/** The same query, on from the page's last statement (§2.4.4: a relative IRL, "" when none). */
function moreLink(url: string, nextCursor: string | null): string {
  if (!nextCursor) return '';
  const params = new URL(url, 'http://lrs.invalid').searchParams;
  params.set('cursor', nextCursor);
  return `/xapi/statements?${params.toString()}`;
}
