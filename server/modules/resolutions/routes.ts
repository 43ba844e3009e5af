import {
  requestResolutionBody,
  resolutionResponse,
  resolutionsQuery,
  resolutionsResponse,
} from '../../../contract/resolutions.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import { EXPORT_BATCH, exportFormatOf, pagedRows } from '../../exporting/export-stream.ts';
import { sendExport } from '../../exporting/send-export.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { errorResponses, recordErrors as errors } from '../../http/responses.ts';
import { resolutionReach } from '../../policies/resolution-reach.ts';
import { createDecisionBatcher } from './decision-batcher.ts';
import {
  presentResolution,
  presentResolutionCsvRecord,
  resolutionCsvColumns,
} from './presenter.ts';
import { findResolution } from './queries/find-resolution.ts';
import { pageResolutions } from './queries/page-resolutions.ts';

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
    '/api/resolutions',
    {
      config: { access: 'resolutions.export' },
      schema: {
        tags: ['resolutions'],
        summary: "My organization's resolutions, oldest first (a team leader's: their teams')",
        description:
          'A JSON page by default (`nextCursor` pages on). With `Accept: text/csv` or `Accept: application/x-ndjson` (or `format=csv`/`jsonl`) ' +
          'every matching resolution from `cursor` on, streamed; CSV cells that a spreadsheet would run as a formula start with a quote.',
        querystring: resolutionsQuery,
        produces: ['application/json', 'text/csv', 'application/x-ndjson'],
        response: { 200: resolutionsResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      const { cursor, limit, from, to, format: asked, ...filter } = request.query;
      const page = (at: string | undefined, size: number) =>
        pageResolutions({
          db: ctx.db,
          organizationId: me.organizationId,
          reach: resolutionReach(me),
          filter: {
            ...filter,
            ...(from ? { from: new Date(from) } : {}),
            ...(to ? { to: new Date(to) } : {}),
          },
          ...(at ? { cursor: at } : {}),
          limit: size,
        });
      const format = exportFormatOf(request.headers.accept, asked);
      if (!format) {
        const { rows, nextCursor } = await page(cursor, limit);
        return { resolutions: rows.map((row) => presentResolution(row)), nextCursor };
      }
      // ?format= is a download link's, whose download attribute names the file.
      return sendExport(reply, format, asked ? null : 'resolutions', {
        rows: await pagedRows((at) => page(at, EXPORT_BATCH), cursor),
        columns: resolutionCsvColumns,
        csvRecord: presentResolutionCsvRecord,
        jsonLine: (row) => presentResolution(row),
      });
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
