import { organizationResponse, updateOrganizationBody } from '../../../contract/organization.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { updateOrganization } from './commands/update-organization.ts';
import { presentOrganization } from './presenter.ts';
import { findOrganization } from './queries/find-organization.ts';
import { setupRoutes } from './setup-routes.ts';

const errors = errorResponses(400, 401, 403);

export function organizationRoutes(app: ApiApp, ctx: AppContext) {
  setupRoutes(app, ctx);

  app.get(
    '/api/organization',
    {
      config: { access: 'organization.read' },
      schema: {
        tags: ['organization'],
        summary: 'My organization and its vision of service',
        response: { 200: organizationResponse, ...errors },
      },
    },
    async (request) => ({
      organization: presentOrganization(
        await findOrganization({ db: ctx.db, organizationId: principalOf(request).organizationId }),
      ),
    }),
  );

  app.patch(
    '/api/organization',
    {
      config: { access: 'organization.update' },
      schema: {
        tags: ['organization'],
        summary: 'Change the name, vision, time zone or certificate grace days',
        body: updateOrganizationBody,
        response: { 200: organizationResponse, ...errors },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const { organizationId } = principal;
      await updateOrganization({
        db: ctx.db,
        organizationId,
        actorId: principal.kind === 'person' ? principal.personId : null,
        now: ctx.now(),
        changes: request.body,
      });
      return {
        organization: presentOrganization(await findOrganization({ db: ctx.db, organizationId })),
      };
    },
  );
}
