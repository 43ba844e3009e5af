import { z } from 'zod';

import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { uuidParam } from '../people/schemas.ts';
import { createApiToken } from './commands/create-api-token.ts';
import { revokeApiToken } from './commands/revoke-api-token.ts';
import { listApiTokens, type ApiTokenRow } from './queries/list-api-tokens.ts';

const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    person: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    /** Who created it; null when the operator did, through the CLI. */
    createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

const present = (row: ApiTokenRow): z.infer<typeof apiTokenSchema> => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  person: row.personId && row.personName ? { id: row.personId, name: row.personName } : null,
  createdBy: row.creatorId && row.creatorName ? { id: row.creatorId, name: row.creatorName } : null,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

export function tokenRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'API tokens of my organization',
        response: { 200: z.object({ tokens: z.array(apiTokenSchema) }), ...errors },
      },
    },
    async (request) => ({
      tokens: (
        await listApiTokens({ db: ctx.db, organizationId: principalOf(request).organizationId })
      ).map(present),
    }),
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'tokens.manage' },
      schema: {
        tags: ['tokens'],
        summary: 'Create an API token; the secret is shown only in this response',
        body: z.object({
          name: z.string().trim().min(1).max(100),
          personId: z
            .uuid()
            .optional()
            .describe(
              'Act as this person: only your own id (a token acting as someone else could decide in their name)',
            ),
        }),
        response: { 201: z.object({ token: z.string(), apiToken: apiTokenSchema }), ...errors },
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
      const [row] = await listApiTokens({ db: ctx.db, organizationId, tokenId: id });
      if (!row) throw AppError.notFound('API token');
      reply.code(201);
      return { token, apiToken: present(row) };
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
        response: { 204: z.null(), ...errors },
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
