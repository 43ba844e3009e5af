import { callEventBody, callEventOutcomeSchema } from '../../../contract/cti.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
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
        body: callEventBody,
        response: {
          202: callEventOutcomeSchema,
          ...errorResponses(400, 401, 403, 404),
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
