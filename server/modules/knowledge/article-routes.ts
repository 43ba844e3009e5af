import {
  articleDetailResponse,
  articleResponse,
  changeArticleStateBody,
  createArticleBody,
  diffQuery,
  diffResponse,
  updateArticleBody,
} from '../../../contract/knowledge.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { recordErrors } from '../../http/responses.ts';
import { can } from '../../policies/abilities.ts';
import { articleAbilities } from '../../policies/knowledge-article.ts';
import { changeArticleState } from './commands/change-article-state.ts';
import { createArticle } from './commands/create-article.ts';
import { updateArticle } from './commands/update-article.ts';
import { presentArticle, presentFlag, presentVersion } from './presenter.ts';
import { diffArticleVersions } from './queries/diff-article-versions.ts';
import { findArticle } from './queries/find-article.ts';
import { loadArticleDetail } from './queries/load-article-detail.ts';
import { knowledgeCaller } from './route-caller.ts';

const tags = ['knowledge'];

export function articleRoutes(app: ApiApp, ctx: AppContext) {
  const caller = (request: Parameters<typeof knowledgeCaller>[1]) => knowledgeCaller(ctx, request);
  const present = async (
    organizationId: string,
    articleId: string,
    viewer: Awaited<ReturnType<typeof caller>>['actor'],
  ) => ({
    article: presentArticle(await findArticle(ctx.db, { organizationId, articleId, viewer })),
  });

  app.post(
    '/api/knowledge/articles',
    {
      config: { access: 'knowledge.write' },
      schema: {
        tags,
        summary:
          'Write an article (a draft unless a state is given); with contactId, linked to it as created',
        body: createArticleBody,
        response: { 201: articleResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const { organizationId, actor } = await caller(request);
      const id = await createArticle({
        ...request.body,
        db: ctx.db,
        organizationId,
        actor,
        now: ctx.now(),
      });
      reply.code(201);
      return present(organizationId, id, actor);
    },
  );

  app.get(
    '/api/knowledge/articles/:id',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: 'An article with its saved versions, its flags and what the caller may do with it',
        params: uuidParam,
        response: { 200: articleDetailResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await caller(request);
      const detail = await loadArticleDetail(ctx.db, {
        organizationId,
        articleId: request.params.id,
        viewer: actor,
      });
      const mayWrite = can(principalOf(request), 'knowledge.write');
      return {
        article: presentArticle(detail.article),
        versions: detail.versions.map(presentVersion),
        flags: detail.flags.map(presentFlag),
        can: articleAbilities(actor, detail.article, { mayWrite }),
      };
    },
  );

  app.patch(
    '/api/knowledge/articles/:id',
    {
      config: { access: 'knowledge.write' },
      schema: {
        tags,
        summary: 'Save new content as the next version; 409 when expectedVersion is not the latest',
        params: uuidParam,
        body: updateArticleBody,
        response: { 200: articleResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await caller(request);
      const { expectedVersion, ...changes } = request.body;
      await updateArticle({
        db: ctx.db,
        organizationId,
        actor,
        articleId: request.params.id,
        changes,
        expectedVersion,
        now: ctx.now(),
      });
      return present(organizationId, request.params.id, actor);
    },
  );

  app.post(
    '/api/knowledge/articles/:id/state',
    {
      config: { access: 'knowledge.write' },
      schema: {
        tags,
        summary: 'Move an article to another state, as your licence allows',
        params: uuidParam,
        body: changeArticleStateBody,
        response: { 200: articleResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await caller(request);
      await changeArticleState({
        ...request.body,
        db: ctx.db,
        organizationId,
        actor,
        articleId: request.params.id,
        now: ctx.now(),
      });
      return present(organizationId, request.params.id, actor);
    },
  );

  app.get(
    '/api/knowledge/articles/:id/diff',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: 'A line diff of each field between two saved versions',
        params: uuidParam,
        querystring: diffQuery,
        response: { 200: diffResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await caller(request);
      const article = await findArticle(ctx.db, {
        organizationId,
        articleId: request.params.id,
        viewer: actor,
      });
      const to = request.query.to ?? article.version;
      const from = request.query.from ?? Math.max(1, to - 1);
      const fields = await diffArticleVersions(ctx.db, {
        organizationId,
        articleId: article.id,
        from,
        to,
      });
      return { from, to, fields };
    },
  );
}
