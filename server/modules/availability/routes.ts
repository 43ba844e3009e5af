import { availabilityResponse, setAvailabilityBody } from '../../../contract/availability.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { setAvailability } from './commands/set-availability.ts';
import { presentAvailability } from './presenter.ts';
import { getAvailability } from './queries/get-availability.ts';

const errors = errorResponses(400, 401, 403);

export function availabilityRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/me/availability',
    {
      config: { access: 'availability.set' },
      schema: {
        tags: ['availability'],
        summary: 'Am I taking approvals, and who stands in when I am away',
        response: { 200: availabilityResponse, ...errors },
      },
    },
    async (request) => ({
      availability: presentAvailability(
        await getAvailability({ db: ctx.db, personId: personOf(request).personId, now: ctx.now() }),
      ),
    }),
  );

  app.put(
    '/api/me/availability',
    {
      config: { access: 'availability.set' },
      schema: {
        tags: ['availability'],
        summary: 'Set availability, an out-of-office window and a delegate',
        body: setAvailabilityBody,
        response: { 200: availabilityResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { available, awayUntil, delegateId } = request.body;
      await setAvailability({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        available,
        awayUntil: awayUntil ? new Date(awayUntil) : null,
        delegateId,
        now: ctx.now(),
      });
      return {
        availability: presentAvailability(
          await getAvailability({ db: ctx.db, personId: me.personId, now: ctx.now() }),
        ),
      };
    },
  );
}
