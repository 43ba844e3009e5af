import {
  forgotPasswordBody,
  forgotPasswordResponse,
  issuedPasswordResetResponse,
  loginBody,
  meSchema,
  resetPasswordBody,
} from '../../../contract/auth.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { clearSessionCookies, personOf } from '../../http/auth.ts';
import { errorResponses, noContent, recordErrors } from '../../http/responses.ts';
import { findPerson } from '../people/queries/find-person.ts';
import { issuePasswordReset } from './commands/issue-password-reset.ts';
import { logIn } from './commands/log-in.ts';
import { logOut } from './commands/log-out.ts';
import { requestPasswordReset } from './commands/request-password-reset.ts';
import { resetPassword } from './commands/reset-password.ts';
import { deliverIssuedReset } from './deliver-issued-reset.ts';
import { deliverPasswordReset } from './deliver-password-reset.ts';
import { HashSlots } from './hash-slots.ts';
import { loadMe } from './queries/load-me.ts';
import { redeemLinkRoute } from './redeem-link-route.ts';
import { signedIn } from './signed-in.ts';

const errors = errorResponses(400, 401, 403, 429);

export function authRoutes(app: ApiApp, ctx: AppContext) {
  const hashSlots = new HashSlots(ctx.config.loginConcurrentHashes);
  const limits = {
    pairFree: ctx.config.loginMaxFailures,
    perAddress: ctx.config.loginMaxFailuresPerAddress,
    perAccount: ctx.config.loginMaxFailuresPerAccount,
    windowMinutes: ctx.config.loginWindowMinutes,
  };
  const me = (organizationId: string, personId: string) =>
    loadMe({ db: ctx.db, organizationId, personId });

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
      return signedIn(ctx, reply, session);
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

  app.post(
    '/api/auth/forgot-password',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary:
          'Ask for a link to choose a new password; the same answer whether or not the email signs in',
        security: [],
        body: forgotPasswordBody,
        response: { 202: forgotPasswordResponse, ...errorResponses(400, 429) },
      },
    },
    async (request, reply) => {
      const reset = await requestPasswordReset({
        db: ctx.db,
        email: request.body.email,
        address: request.ip,
        now: ctx.now(),
        ttlMinutes: ctx.config.passwordResetTtlMinutes,
        limits,
      });
      if (reset)
        deliverPasswordReset({
          config: ctx.config,
          log: request.log,
          token: reset.token,
          to: reset.person,
          expiresAt: reset.expiresAt,
        });
      reply.code(202);
      return {
        message:
          'If an account signs in with that email, a link to choose a new password is on its way there.',
      };
    },
  );

  app.post(
    '/api/people/:id/password-reset',
    {
      config: { access: 'people.manage' },
      schema: {
        tags: ['auth'],
        summary:
          'Issue someone a reset link: mailed to them with SMTP, else handed to you (never for yourself, nor another admin without SMTP)',
        params: uuidParam,
        response: { 201: issuedPasswordResetResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const principal = personOf(request);
      const { organizationId } = principal;
      const issued = await issuePasswordReset({
        db: ctx.db,
        organizationId,
        actorId: principal.personId,
        personId: request.params.id,
        mailed: ctx.config.mail !== undefined,
        now: ctx.now(),
        ttlMinutes: ctx.config.passwordResetTtlMinutes,
      });
      const admin = await findPerson({ db: ctx.db, organizationId, personId: principal.personId });
      const delivery = await deliverIssuedReset({
        config: ctx.config,
        log: request.log,
        token: issued.token,
        to: issued.person,
        issuedBy: admin.name,
        expiresAt: issued.expiresAt,
      });
      reply.code(201);
      return { ...delivery, expiresAt: issued.expiresAt.toISOString() };
    },
  );

  redeemLinkRoute(app, ctx, {
    url: '/api/auth/reset-password',
    summary: 'Choose a new password with a reset link; ends every other session and signs in',
    body: resetPasswordBody,
    redeem: resetPassword,
  });

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
      const caller = personOf(request);
      return me(caller.organizationId, caller.personId);
    },
  );
}
