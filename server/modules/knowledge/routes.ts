import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { articleListRoutes } from './article-list-routes.ts';
import { articleRoutes } from './article-routes.ts';
import { coachingRoutes } from './coaching-routes.ts';
import { flagRoutes } from './flag-routes.ts';
import { licenceRoutes } from './licence-routes.ts';
import { linkRoutes } from './link-routes.ts';
import { searchRoutes } from './search/routes.ts';

/** The knowledge base's routes; search's are K-search's (search/), registered here beside them. */
export function knowledgeRoutes(app: ApiApp, ctx: AppContext) {
  licenceRoutes(app, ctx);
  articleListRoutes(app, ctx);
  articleRoutes(app, ctx);
  flagRoutes(app, ctx);
  linkRoutes(app, ctx);
  searchRoutes(app, ctx);
  coachingRoutes(app, ctx);
}
