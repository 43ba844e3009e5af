import { loginBody, meSchema } from '../../../contract/auth.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { clearSessionCookies, personOf, setSessionCookies } from '../../http/auth.ts';
import { errorResponses, noContent } from '../../http/responses.ts';
import { abilitiesOf, rolesWith } from '../../policies/ability-holders.ts';
import { presentOrganization } from '../organization/presenter.ts';
import { findOrganization } from '../organization/queries/find-organization.ts';
import { presentPerson } from '../people/presenter.ts';
import { findPerson } from '../people/queries/find-person.ts';
import { logIn } from './commands/log-in.ts';
import { logOut } from './commands/log-out.ts';
import { HashSlots } from './hash-slots.ts';

const errors = errorResponses(400, 401, 403, 429);

export function authRoutes(app: ApiApp, ctx: AppContext) {
  const hashSlots = new HashSlots(ctx.config.loginConcurrentHashes);
  const limits = {
    pairFree: ctx.config.loginMaxFailures,
    perAddress: ctx.config.loginMaxFailuresPerAddress,
    perAccount: ctx.config.loginMaxFailuresPerAccount,
    windowMinutes: ctx.config.loginWindowMinutes,
  };
  const loadMe = async (organizationId: string, personId: string) => {
    const person = await findPerson({ db: ctx.db, organizationId, personId });
    return {
      person: presentPerson(person),
      organization: presentOrganization(await findOrganization({ db: ctx.db, organizationId })),
      // The app shows what these allow and hides the rest; the server still checks every request.
      abilities: abilitiesOf(person.role),
      delegateRoles: rolesWith('approvals.decide'),
    };
  };

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session and CSRF cookies',
        security: [],
        body: loginBody,
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
        response: { 204: noContent, ...errors },
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
