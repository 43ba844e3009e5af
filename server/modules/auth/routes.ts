import { z } from 'zod';

import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { clearSessionCookies, personOf, setSessionCookies } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { presentOrganization } from '../organization/presenter.ts';
import { findOrganization } from '../organization/queries/find-organization.ts';
import { organizationSchema } from '../organization/schemas.ts';
import { presentPerson } from '../people/presenter.ts';
import { findPerson } from '../people/queries/find-person.ts';
import { personSchema } from '../people/schemas.ts';
import { logIn } from './commands/log-in.ts';
import { logOut } from './commands/log-out.ts';
import { HashSlots } from './hash-slots.ts';

const meSchema = z
  .object({ person: personSchema, organization: organizationSchema })
  .meta({ id: 'Me' });
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  429: errorBodySchema,
};

export function authRoutes(app: ApiApp, ctx: AppContext) {
  const hashSlots = new HashSlots(ctx.config.loginConcurrentHashes);
  const limits = {
    pairFree: ctx.config.loginMaxFailures,
    perAddress: ctx.config.loginMaxFailuresPerAddress,
    perAccount: ctx.config.loginMaxFailuresPerAccount,
    windowMinutes: ctx.config.loginWindowMinutes,
  };
  const loadMe = async (organizationId: string, personId: string) => ({
    person: presentPerson(await findPerson({ db: ctx.db, organizationId, personId })),
    organization: presentOrganization(await findOrganization({ db: ctx.db, organizationId })),
  });

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session and CSRF cookies',
        security: [],
        body: z.object({
          email: z.string().trim().min(1, 'is required').max(320),
          password: z.string().min(1, 'is required').max(200),
        }),
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = await logIn({
        db: ctx.db,
        email: request.body.email,
        password: request.body.password,
        address: request.ip,
        now: ctx.now(),
        sessionTtlHours: ctx.config.sessionTtlHours,
        limits,
        hashSlots,
      });
      setSessionCookies(reply, ctx, session);
      return loadMe(session.person.organizationId, session.person.id);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await logOut({ db: ctx.db, sessionToken: request.sessionToken });
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['auth'],
        summary: 'Who I am: my profile, level, team and organization',
        response: { 200: meSchema, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return loadMe(me.organizationId, me.personId);
    },
  );
}
