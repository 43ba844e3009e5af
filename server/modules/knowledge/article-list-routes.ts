import { articlesQuery, articlesResponse } from '../../../contract/knowledge.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { presentListedArticle } from './presenter.ts';
import { listArticles } from './queries/list-articles.ts';
import { loadKnowledgeActor } from './queries/load-knowledge-actor.ts';

const tags = ['knowledge'];

/** Browsing the knowledge base without a query: unlike search, nothing ranks and nothing is logged. */
export function articleListRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/knowledge/articles',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary:
          'The articles the caller may see, newest written first, filtered as search is; not logged',
        querystring: articlesQuery,
        response: { 200: articlesResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { state, visibility, type, tag, cursor, limit } = request.query;
      const page = await listArticles(ctx.db, {
        organizationId: principal.organizationId,
        viewer: await loadKnowledgeActor(ctx.db, principal),
        filters: { states: state, visibility, type, tag },
        cursor,
        limit,
      });
      return { articles: page.rows.map(presentListedArticle), nextCursor: page.nextCursor };
    },
  );
}
