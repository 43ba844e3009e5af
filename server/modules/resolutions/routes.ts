import { requestResolutionBody, resolutionResponse } from '../../../contract/resolutions.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { recordErrors as errors } from '../../http/responses.ts';
import { createDecisionBatcher } from './decision-batcher.ts';
import { presentResolution } from './presenter.ts';
import { findResolution } from './queries/find-resolution.ts';

export function resolutionRoutes(app: ApiApp, ctx: AppContext) {
  const decisions = createDecisionBatcher({ db: ctx.db, now: ctx.now });

  app.post(
    '/api/contacts/:id/resolutions',
    {
      config: { access: 'resolutions.request' },
      schema: {
        tags: ['resolutions'],
        summary:
          'Request a resolution: granted at once within authority, routed for approval when not',
        description:
          'The same idempotency key returns the same resolution (with the header idempotent-replayed: true), never a second one.',
        params: uuidParam,
        body: requestResolutionBody,
        response: { 201: resolutionResponse, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const { amount, ...body } = request.body;
      const answer = await decisions.submit(me.organizationId, {
        personId: me.personId,
        token: me.token,
        contactId: request.params.id,
        amountMinor: amount,
        ...body,
      });
      if (answer.replayed) reply.header('idempotent-replayed', 'true');
      reply.code(201);
      return { resolution: presentResolution(answer.row, answer.notice) };
    },
  );

  app.get(
    '/api/resolutions/:id',
    {
      config: { access: 'resolutions.request' },
      schema: {
        tags: ['resolutions'],
        summary: 'A resolution with its decision, receipt or approval',
        params: uuidParam,
        response: { 200: resolutionResponse, ...errors },
      },
    },
    async (request) => ({
      resolution: presentResolution(
        await findResolution({
          db: ctx.db,
          organizationId: principalOf(request).organizationId,
          resolutionId: request.params.id,
        }),
      ),
    }),
  );
}
