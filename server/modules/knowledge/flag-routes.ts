import {
  flagArticleBody,
  flagResponse,
  flagsQuery,
  flagsResponse,
  resolveFlagBody,
} from '../../../contract/knowledge.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { recordErrors } from '../../http/responses.ts';
import { flagArticle } from './commands/flag-article.ts';
import { resolveFlag } from './commands/resolve-flag.ts';
import { presentFlag } from './presenter.ts';
import { listFlags } from './queries/list-flags.ts';
import { selectFlags } from './queries/select-flags.ts';
import { knowledgeCaller } from './route-caller.ts';

const tags = ['knowledge'];

export function flagRoutes(app: ApiApp, ctx: AppContext) {
  const presentOne = async (organizationId: string, flagId: string) => ({
    flag: presentFlag(
      await selectFlags(ctx.db, organizationId)
        .where('f.id', '=', flagId)
        .executeTakeFirstOrThrow(),
    ),
  });

  app.post(
    '/api/knowledge/articles/:id/flags',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: 'Flag an article with a comment; its owner and the publishers hear of it live',
        params: uuidParam,
        body: flagArticleBody,
        response: { 201: flagResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const caller = await knowledgeCaller(ctx, request);
      const flagId = await flagArticle({
        ...request.body,
        ...caller,
        articleId: request.params.id,
      });
      reply.code(201);
      return presentOne(caller.organizationId, flagId);
    },
  );

  app.post(
    '/api/knowledge/flags/:id/resolve',
    {
      config: { access: 'knowledge.write' },
      schema: {
        tags,
        summary:
          "Resolve a flag with a note (the article's owner, a contributor who may edit it, an admin)",
        params: uuidParam,
        body: resolveFlagBody,
        response: { 200: flagResponse, ...recordErrors },
      },
    },
    async (request) => {
      const caller = await knowledgeCaller(ctx, request);
      await resolveFlag({ ...caller, flagId: request.params.id, note: request.body.note });
      return presentOne(caller.organizationId, request.params.id);
    },
  );

  app.get(
    '/api/knowledge/flags',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary:
          "The flag queue: a publisher's is every flag, anyone else's those on their articles or raised by them",
        querystring: flagsQuery,
        response: { 200: flagsResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await knowledgeCaller(ctx, request);
      const { rows, nextCursor } = await listFlags(ctx.db, {
        ...request.query,
        organizationId,
        viewer: actor,
      });
      return { flags: rows.map(presentFlag), nextCursor };
    },
  );
}
