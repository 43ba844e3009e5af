import { z } from 'zod';

import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import {
  getAvailability,
  setAvailability,
  type Availability,
} from './commands/set-availability.ts';

const availabilitySchema = z
  .object({
    available: z.boolean(),
    awayUntil: z.iso.datetime().nullable(),
    delegate: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    connected: z.boolean(),
  })
  .meta({ id: 'Availability' });
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };
const present = (a: Availability) => ({ ...a, awayUntil: a.awayUntil?.toISOString() ?? null });

export function availabilityRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/me/availability',
    {
      config: { access: 'availability.set' },
      schema: {
        tags: ['availability'],
        summary: 'Am I taking approvals, and who stands in when I am away',
        response: { 200: z.object({ availability: availabilitySchema }), ...errors },
      },
    },
    async (request) => ({
      availability: present(
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
        body: z.object({
          available: z.boolean(),
          awayUntil: z.iso.datetime({ offset: true }).nullable().optional(),
          delegateId: z.uuid().nullable().optional(),
        }),
        response: { 200: z.object({ availability: availabilitySchema }), ...errors },
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
        availability: present(
          await getAvailability({ db: ctx.db, personId: me.personId, now: ctx.now() }),
        ),
      };
    },
  );
}
