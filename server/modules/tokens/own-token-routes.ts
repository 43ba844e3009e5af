import { uuidParam } from '../../../contract/shared.ts';
import {
  apiTokensQuery,
  apiTokensResponse,
  createdApiTokenResponse,
  createOwnApiTokenBody,
} from '../../../contract/tokens.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { errorResponses, noContent } from '../../http/responses.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { revokeApiToken } from './commands/revoke-api-token.ts';
import { presentApiToken } from './presenter.ts';
import { listApiTokens } from './queries/list-api-tokens.ts';

const errors = errorResponses(400, 401, 403, 404);

/** A person's own tokens, each acting as them with their role's abilities and no more. */
export function ownTokenRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/me/tokens',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary: 'My own API tokens (each acts as me), newest first',
        querystring: apiTokensQuery,
        response: { 200: apiTokensResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { cursor, limit } = request.query;
      const page = await listApiTokens({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { tokens: page.rows.map(presentApiToken), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/me/tokens',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary:
          'Create an API token that acts as me (for a BI job or an audit firm); the secret is shown only in this response',
        body: createOwnApiTokenBody,
        response: { 201: createdApiTokenResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      // A token that could mint tokens would outlive its own revocation.
      if (me.via === 'token')
        throw new AppError('forbidden', 'Sign in to create a token; a token cannot make another');
      const { organizationId, personId } = me;
      const { id, token } = await createApiToken({
        db: ctx.db,
        organizationId,
        name: request.body.name,
        personId,
        createdBy: personId,
      });
      const [row] = (await listApiTokens({ db: ctx.db, organizationId, tokenId: id })).rows;
      if (!row) throw AppError.notFound('API token');
      reply.code(201);
      return { token, apiToken: presentApiToken(row) };
    },
  );

  app.delete(
    '/api/me/tokens/:id',
    {
      config: { access: 'tokens.own' },
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of my own API tokens',
        params: uuidParam,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      await revokeApiToken({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        tokenId: request.params.id,
        now: ctx.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
