import type { FastifyBaseLogger } from 'fastify';

import {
  acceptInvitationBody,
  createInvitationBody,
  importInvitationsResponse,
  invitationResponse,
  invitationsQuery,
  invitationsResponse,
  sentInvitationResponse,
  signInStatusResponse,
} from '../../../contract/invitations.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { recordErrors } from '../../http/responses.ts';
import { personIdOf } from '../../policies/principal.ts';
import { redeemLinkRoute } from '../auth/redeem-link-route.ts';
import { findOrganization } from '../organization/queries/find-organization.ts';
import { acceptInvitation } from './commands/accept-invitation.ts';
import { inviteExistingPerson } from './commands/invite-existing-person.ts';
import { inviteImportedPeople } from './commands/invite-imported-people.ts';
import { invitePerson } from './commands/invite-person.ts';
import { resendInvitation } from './commands/resend-invitation.ts';
import { revokeInvitation } from './commands/revoke-invitation.ts';
import { deliverInvitation } from './deliver-invitation.ts';
import { deliverInvitations } from './deliver-invitations.ts';
import { presentInvitation } from './presenter.ts';
import { findInvitation } from './queries/find-invitation.ts';
import { listOpenInvitations } from './queries/list-open-invitations.ts';
import { signInStatus } from './queries/sign-in-status.ts';

export function invitationRoutes(app: ApiApp, ctx: AppContext) {
  const ttlHours = ctx.config.invitationTtlHours;

  /** An invitation as it is now, of the caller's organization. */
  const present = async (organizationId: string, invitationId: string) => {
    const row = await findInvitation({ db: ctx.db, organizationId, invitationId });
    return { row, invitation: presentInvitation(row, ctx.now()) };
  };

  /** Mails (or hands back) the link of a just-made or renewed invitation, with the invitation as it is now. */
  const sent = async (
    organizationId: string,
    opened: { invitationId: string; token: string },
    log: FastifyBaseLogger,
  ) => {
    const { row, invitation } = await present(organizationId, opened.invitationId);
    const organization = await findOrganization({ db: ctx.db, organizationId });
    const delivery = await deliverInvitation({
      config: ctx.config,
      log,
      token: opened.token,
      invitation: row,
      organizationName: organization.name,
    });
    return { invitation, ...delivery };
  };

  app.post(
    '/api/invitations',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary:
          'Invite someone: adds them, inactive, and sends a single-use link to set a password',
        body: createInvitationBody,
        response: { 201: sentInvitationResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      const opened = await invitePerson({
        ...request.body,
        db: ctx.db,
        organizationId,
        actorId: personIdOf(principal),
        now: ctx.now(),
        ttlHours,
      });
      reply.code(201);
      return sent(organizationId, opened, request.log);
    },
  );

  app.get(
    '/api/people/:id/sign-in',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary: 'How a person gets in: their password, an open invitation, or nothing yet',
        params: uuidParam,
        response: { 200: signInStatusResponse, ...recordErrors },
      },
    },
    async (request) =>
      signInStatus({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        personId: request.params.id,
      }),
  );

  app.post(
    '/api/people/:id/invitation',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary:
          'Invite someone already here who cannot sign in yet (imported, or added before invitations)',
        params: uuidParam,
        response: { 201: sentInvitationResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      const opened = await inviteExistingPerson({
        db: ctx.db,
        organizationId,
        personId: request.params.id,
        actorId: personIdOf(principal),
        now: ctx.now(),
        ttlHours,
      });
      reply.code(201);
      return sent(organizationId, opened, request.log);
    },
  );

  app.post(
    '/api/imports/:id/invitations',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary:
          'Invite everyone an applied people import brought in who has no password and no invitation',
        params: uuidParam,
        response: { 200: importInvitationsResponse, ...recordErrors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      const opened = await inviteImportedPeople({
        db: ctx.db,
        organizationId,
        importId: request.params.id,
        actorId: personIdOf(principal),
        now: ctx.now(),
        ttlHours,
      });
      return deliverInvitations({
        db: ctx.db,
        config: ctx.config,
        organizationId,
        opened,
        log: request.log,
      });
    },
  );

  app.get(
    '/api/invitations',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary: 'Invitations not yet accepted or revoked, newest first, a page at a time',
        querystring: invitationsQuery,
        response: { 200: invitationsResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { rows, nextCursor } = await listOpenInvitations({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...request.query,
      });
      const now = ctx.now();
      return { invitations: rows.map((row) => presentInvitation(row, now)), nextCursor };
    },
  );

  app.post(
    '/api/invitations/:id/resend',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary: 'Send a fresh link (the earlier one stops working); also re-opens a revoked one',
        params: uuidParam,
        response: { 200: sentInvitationResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      const invitationId = request.params.id;
      const { token } = await resendInvitation({
        db: ctx.db,
        organizationId,
        invitationId,
        now: ctx.now(),
        ttlHours,
      });
      return sent(organizationId, { invitationId, token }, request.log);
    },
  );

  app.post(
    '/api/invitations/:id/revoke',
    {
      config: { access: 'invitations.manage' },
      schema: {
        tags: ['invitations'],
        summary: 'End an invitation’s link; the person stays inactive until invited again',
        params: uuidParam,
        response: { 200: invitationResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId } = principalOf(request);
      const invitationId = request.params.id;
      await revokeInvitation({ db: ctx.db, organizationId, invitationId, now: ctx.now() });
      const { invitation } = await present(organizationId, invitationId);
      return { invitation };
    },
  );

  redeemLinkRoute(app, ctx, {
    url: '/api/auth/accept-invitation',
    summary: 'Accept an invitation: choose a password and be signed in',
    body: acceptInvitationBody,
    redeem: acceptInvitation,
  });
}
