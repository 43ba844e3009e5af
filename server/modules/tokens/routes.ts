import { uuidParam } from '../../../contract/shared.ts';
import {
  apiTokensQuery,
  apiTokensResponse,
  createApiTokenBody,
  createdApiTokenResponse,
} from '../../../contract/tokens.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { errorResponses, noContent } from '../../http/responses.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { revokeApiToken } from './commands/revoke-api-token.ts';
import { ownTokenRoutes } from './own-token-routes.ts';
import { presentApiToken } from './presenter.ts';
import { listApiTokens } from './queries/list-api-tokens.ts';

const errors = errorResponses(400, 401, 403, 404);

export function tokenRoutes(app: ApiApp, ctx: AppContext) {
  ownTokenRoutes(app, ctx);
  app.get(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'API tokens of my organization, newest first',
        querystring: apiTokensQuery,
        response: { 200: apiTokensResponse, ...errors },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const page = await listApiTokens({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { tokens: page.rows.map(presentApiToken), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown only in this response',
        body: createApiTokenBody,
        response: { 201: createdApiTokenResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const { organizationId } = me;
      const { id, token } = await createApiToken({
        db: ctx.db,
        organizationId,
        ...request.body,
        createdBy: me.personId,
      });
      const [row] = (await listApiTokens({ db: ctx.db, organizationId, tokenId: id })).rows;
      if (!row) throw AppError.notFound('API token');
      reply.code(201);
      return { token, apiToken: presentApiToken(row) };
    },
  );

  app.delete(
    '/api/tokens/:id',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke an API token',
        params: uuidParam,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await revokeApiToken({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        tokenId: request.params.id,
        now: ctx.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
