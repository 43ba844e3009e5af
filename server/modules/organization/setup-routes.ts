import {
  policyTemplatesResponse,
  setupBody,
  setupResponse,
  setupStatusResponse,
} from '../../../contract/setup.ts';
import { validatePolicy } from '../../../domain/authority/validate.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { errorResponses } from '../../http/responses.ts';
import { createSession } from '../auth/commands/create-session.ts';
import { signedIn } from '../auth/signed-in.ts';
import { createOrganization } from './commands/create-organization.ts';
import { policyTemplates } from './policy-templates/policy-templates.ts';
import { isSetupOpen } from './queries/is-setup-open.ts';
import { requireSetupToken } from './setup-token.ts';

/**
 * First-run setup, public because nobody can sign in yet: open only while the deployment has no
 * organization (the demo off), closed for good by the first one created, and only to whoever has the
 * setup token the server printed at start (the operator), not to the first visitor on the network.
 */
export function setupRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organization'],
        summary: 'Whether first-run setup is open (no organization yet)',
        security: [],
        response: { 200: setupStatusResponse, ...errorResponses(400) },
      },
    },
    async () => ({ open: await isSetupOpen({ db: ctx.db }) }),
  );

  app.get(
    '/api/policy-templates',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organization'],
        summary: 'The policy templates a new organization starts from',
        security: [],
        response: { 200: policyTemplatesResponse, ...errorResponses(400) },
      },
    },
    async () => ({
      templates: policyTemplates.map((template) => {
        const validation = validatePolicy(template.document('USD'));
        if (!validation.ok) throw new Error(`The ${template.key} template is not valid`);
        const { levels, resolutionTypes } = validation.policy;
        return {
          key: template.key,
          name: template.name,
          description: template.description,
          levels: levels.map(({ key, name }) => ({ key, name })),
          resolutionTypes: resolutionTypes.map(({ key, label }) => ({ key, label })),
        };
      }),
    }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['organization'],
        summary:
          'Create the first organization, its first admin and its policy from a template; signs the admin in',
        security: [],
        body: setupBody,
        response: { 200: setupResponse, ...errorResponses(400, 403, 409) },
      },
    },
    async (request, reply) => {
      // Before anything costly or written: without the operator's token, a visitor gets nothing.
      const { setupToken, ...setup } = request.body;
      requireSetupToken(setupToken, ctx.config.setupToken);
      const now = ctx.now();
      const { organizationId, adminId } = await createOrganization({
        db: ctx.db,
        ...setup,
        onlyIfFirst: true,
        now,
      });
      const person = { id: adminId, organizationId };
      const session = await createSession({
        db: ctx.db,
        person,
        now,
        ttlHours: ctx.config.sessionTtlHours,
      });
      return signedIn(ctx, reply, { ...session, person });
    },
  );
}
