import { sql } from 'kysely';

import { liveResponse, readyResponse } from '../../../contract/health.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';

export function healthRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The process is up',
        response: { 200: liveResponse },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The database answers',
        response: {
          200: readyResponse,
        },
      },
    },
    async () => {
      try {
        await sql`select 1`.execute(ctx.db);
      } catch {
        throw new AppError('unavailable', 'The database is not reachable');
      }
      return { status: 'ready' as const, database: ctx.database.kind };
    },
  );
}
