import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { verifyLedger } from './queries/verify-ledger.ts';

export function ledgerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/ledger/verify',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary: "Re-check my organization's whole hash chain, and that it ends at the recorded head; name the first broken entry by its sequence number",
        response: {
          200: z.object({ ok: z.boolean(), entries: z.number().int(), headSeq: z.number().int(), firstBrokenSeq: z.number().int().optional(), problem: z.string().optional() }),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => verifyLedger({ db: ctx.db, organizationId: principalOf(request).organizationId }),
  );
}
