import {
  searchQuery,
  searchResponse,
  suggestQuery,
} from '../../../../contract/knowledge-search.ts';
import type { AppContext } from '../../../context.ts';
import type { ApiApp } from '../../../http/api-app.ts';
import { principalOf } from '../../../http/auth.ts';
import { errorResponses } from '../../../http/responses.ts';
import { knowledgeRank } from '../../../policies/knowledge-article.ts';
import { loadKnowledgeActor } from '../queries/load-knowledge-actor.ts';
import { logSearch } from './log-search.ts';
import { presentHit } from './present-hit.ts';
import { searchArticles, suggestArticles, type SearchViewer } from './search-articles.ts';

const tags = ['knowledge'];
/** A publisher's licence (or an admin) sees every article; see server/policies/knowledge-article.ts. */
const PUBLISHER_RANK = 3;

export function searchRoutes(app: ApiApp, ctx: AppContext) {
  const caller = async (request: Parameters<typeof principalOf>[0]) => {
    const principal = principalOf(request);
    const actor = await loadKnowledgeActor(ctx.db, principal);
    const viewer: SearchViewer = {
      personId: actor.personId,
      seesAll: knowledgeRank(actor) >= PUBLISHER_RANK,
    };
    return { organizationId: principal.organizationId, personId: actor.personId, viewer };
  };

  app.get(
    '/api/knowledge/search',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: 'Search the articles the caller may see, best first, with highlighted snippets',
        querystring: searchQuery,
        response: { 200: searchResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { organizationId, personId, viewer } = await caller(request);
      const { q, limit, state, visibility, type, tag, contactId } = request.query;
      const hits = await searchArticles({
        db: ctx.db,
        organizationId,
        viewer,
        q,
        limit,
        filters: { states: state, visibility, type, tag },
      });
      await logSearch({
        db: ctx.db,
        organizationId,
        personId,
        contactId,
        query: q,
        resultCount: hits.length,
        now: ctx.now(),
      });
      return { results: hits.map(presentHit) };
    },
  );

  app.get(
    '/api/knowledge/suggest',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary:
          'As the rep types: the top articles for the words so far (the last one a prefix); not logged',
        querystring: suggestQuery,
        response: { 200: searchResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const { organizationId, viewer } = await caller(request);
      const { q, limit } = request.query;
      const hits = await suggestArticles({ db: ctx.db, organizationId, viewer, q, limit });
      return { results: hits.map(presentHit) };
    },
  );
}
