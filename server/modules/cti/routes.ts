import { z } from 'zod';

import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { handleCallEvent } from './commands/handle-call-event.ts';

export function ctiRoutes(app: ApiApp, ctx: AppContext) {
  app.post(
    '/api/cti/events',
    {
      config: { access: 'cti.events' },
      schema: {
        tags: ['cti'],
        summary: "A telephony event: pops the caller's profile onto the rep's screen",
        description:
          "Authenticate with an integration token (`leeway create-token`). `agent` is the rep's extension or email; `from` the caller's number in any format.",
        body: z.object({
          type: z.enum(['call.ringing', 'call.answered', 'call.ended']),
          callId: z.string().trim().min(1).max(200),
          from: z.string().trim().min(1).max(40),
          agent: z.string().trim().min(1).max(320),
        }),
        response: {
          202: z.object({
            contactId: z.uuid(),
            customerId: z.uuid().nullable(),
            matched: z.boolean(),
            created: z.boolean(),
          }),
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const result = await handleCallEvent({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        event: request.body,
        now: ctx.now(),
      });
      reply.code(202);
      return {
        contactId: result.contactId,
        customerId: result.customerId,
        matched: result.customerId !== null,
        created: result.created,
      };
    },
  );
}
