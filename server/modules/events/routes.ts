import { eventIdText, eventsQuery, eventsResponse } from '../../../contract/events.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { EventStream } from './event-stream.ts';
import { presentEvent } from './presenter.ts';
import { listEventsAfter } from './queries/list-events.ts';
import { credentialOf } from './stream-credential.ts';
import { StreamGuard } from './stream-guard.ts';

const errors = errorResponses(400, 401, 403);
const CATCH_UP_LIMIT = 500;

export function eventRoutes(app: ApiApp, ctx: AppContext) {
  const guard = new StreamGuard({
    db: ctx.db,
    hub: ctx.events,
    now: ctx.now,
    recheckMs: ctx.config.streamRecheckSeconds * 1000,
    logger: app.log,
  });
  // Streams never finish on their own; without this, closing the server would wait on them forever.
  app.addHook('preClose', async () => guard.close());

  app.get(
    '/api/events',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['events'],
        summary: 'My live events (Server-Sent Events)',
        description:
          'With `Accept: text/event-stream` (what EventSource sends): a stream of `id`/`event`/`data` frames, each `data` being ' +
          'a LiveEvent. Send `Last-Event-ID` (or `?lastEventId=`) to first receive what was missed. Without that Accept header: ' +
          `the events after \`lastEventId\`, oldest first, at most ${CATCH_UP_LIMIT} (page on with the last id).`,
        querystring: eventsQuery,
        produces: ['application/json', 'text/event-stream'],
        response: { 200: eventsResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { personId, organizationId } = personOf(request);
      const lastEventId =
        cursorOf(request.headers['last-event-id']) ?? request.query.lastEventId ?? null;
      if (!request.headers.accept?.includes('text/event-stream')) {
        const rows = await listEventsAfter({
          db: ctx.db,
          organizationId,
          recipientId: personId,
          afterId: lastEventId ?? 0,
          limit: CATCH_UP_LIMIT,
        });
        return { events: rows.map(presentEvent) };
      }
      const stream = new EventStream(request, reply, {
        db: ctx.db,
        hub: ctx.events,
        logger: request.log,
        person: { personId, organizationId },
        credential: credentialOf(request),
        lastEventId,
        guard,
        now: ctx.now,
      });
      await stream.open();
      return reply;
    },
  );
}

/** EventSource echoes the last `id:` it saw; anything else is a client bug worth a 400. */
function cursorOf(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const parsed = eventIdText.safeParse(header);
  if (!parsed.success) throw AppError.invalid('Last-Event-ID', 'must be an event id');
  return parsed.data;
}
