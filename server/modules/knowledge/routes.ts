import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';

export function knowledgeRoutes(app: ApiApp, ctx: AppContext) {
  void app;
  void ctx;
}
