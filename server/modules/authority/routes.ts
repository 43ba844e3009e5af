import {
  cedarExportQuery,
  checkBody,
  decisionResponse,
  draftResponse,
  myAuthorityQuery,
  myAuthoritySchema,
  policyQuery,
  policyResponse,
  policyVersionsQuery,
  policyVersionsResponse,
  publishBody,
  publishOutcomeSchema,
  savedDraftResponse,
  saveDraftBody,
} from '../../../contract/authority.ts';
import { policyToCedar } from '../../../domain/authority/cedar.ts';
import { compilePolicy } from '../../../domain/authority/compile.ts';
import { validatePolicy } from '../../../domain/authority/validate.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf, principalOf } from '../../http/auth.ts';
import { recordErrors as errors, noContent } from '../../http/responses.ts';
import { authorize } from '../../policies/abilities.ts';
import type { Principal } from '../../policies/principal.ts';
import { checkAuthority } from './commands/check-authority.ts';
import { discardDraftPolicy } from './commands/discard-draft-policy.ts';
import { publishPolicy } from './commands/publish-policy.ts';
import { saveDraftPolicy } from './commands/save-draft-policy.ts';
import { presentPolicyVersion, presentStoredPolicy } from './presenter.ts';
import { findDraftPolicy } from './queries/find-draft-policy.ts';
import { findPublishedPolicy } from './queries/find-published-policy.ts';
import { listMyAllowances } from './queries/list-my-allowances.ts';
import { listPolicyVersions } from './queries/list-policy-versions.ts';

export function authorityRoutes(app: ApiApp, ctx: AppContext) {
  const draftForExport = async (principal: Principal) => {
    authorize(principal, 'policy.manage');
    const draft = await findDraftPolicy({ db: ctx.db, organizationId: principal.organizationId });
    if (!draft) throw AppError.notFound('Draft policy');
    const validation = validatePolicy(draft.policy);
    if (!validation.ok)
      throw AppError.invalid(
        'draft',
        `fix the draft's ${validation.issues.length} problem(s) before exporting it`,
      );
    return draft;
  };

  app.get(
    '/api/authority/me',
    {
      config: { access: 'authority.check' },
      schema: {
        tags: ['authority'],
        summary: 'What I may still do on my own for this customer, per resolution type',
        querystring: myAuthorityQuery,
        response: {
          200: myAuthoritySchema,
          ...errors,
        },
      },
    },
    async (request) => {
      const me = personOf(request);
      return listMyAllowances({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        customerId: request.query.customerId,
        contactId: request.query.contactId,
        now: ctx.now(),
      });
    },
  );

  app.post(
    '/api/authority/check',
    {
      config: { access: 'authority.check' },
      schema: {
        tags: ['authority'],
        summary: 'The decision for a request, with live usage, and no side effect',
        body: checkBody,
        response: { 200: decisionResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { amount, ...rest } = request.body;
      return {
        decision: await checkAuthority({
          db: ctx.db,
          organizationId: me.organizationId,
          personId: me.personId,
          amountMinor: amount,
          ...rest,
          now: ctx.now(),
        }),
      };
    },
  );

  app.get(
    '/api/authority/policy',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['authority'],
        summary: 'The published policy in force (or an earlier version)',
        querystring: policyQuery,
        response: { 200: policyResponse, ...errors },
      },
    },
    async (request) => ({
      policy: presentStoredPolicy(
        await findPublishedPolicy({
          db: ctx.db,
          organizationId: principalOf(request).organizationId,
          version: request.query.version,
        }),
      ),
    }),
  );

  app.get(
    '/api/authority/policy/versions',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['authority'],
        summary: 'Every version, newest first',
        querystring: policyVersionsQuery,
        response: {
          200: policyVersionsResponse,
          ...errors,
        },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const page = await listPolicyVersions({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { versions: page.rows.map(presentPolicyVersion), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/authority/policy/cedar',
    {
      config: { access: 'policy.read' },
      schema: {
        tags: ['authority'],
        summary: 'The published policy (or, for admins, the draft) exported as Cedar text',
        querystring: cedarExportQuery,
        produces: ['text/plain'],
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const stored =
        request.query.draft === 'true'
          ? await draftForExport(principal)
          : await findPublishedPolicy({
              db: ctx.db,
              organizationId: principal.organizationId,
              version: request.query.version,
            });
      reply.header(
        'content-disposition',
        `attachment; filename="leeway-policy-v${stored.version}.cedar"`,
      );
      return reply
        .type('text/plain; charset=utf-8')
        .send(policyToCedar(compilePolicy(stored.policy)));
    },
  );

  app.get(
    '/api/authority/policy/draft',
    {
      config: { access: 'policy.manage' },
      schema: {
        tags: ['authority'],
        summary: 'The draft being edited, with its problems',
        response: {
          200: draftResponse,
          ...errors,
        },
      },
    },
    async (request) => {
      const draft = await findDraftPolicy({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
      });
      if (!draft) return { draft: null, issues: [] };
      const validation = validatePolicy(draft.policy);
      return { draft: presentStoredPolicy(draft), issues: validation.ok ? [] : validation.issues };
    },
  );

  app.put(
    '/api/authority/policy/draft',
    {
      config: { access: 'policy.manage' },
      schema: {
        tags: ['authority'],
        summary: 'Save the draft (created from nothing or replaced whole)',
        body: saveDraftBody,
        response: {
          200: savedDraftResponse,
          ...errors,
        },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { document, baseUpdatedAt } = request.body;
      const { issues } = await saveDraftPolicy({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        document,
        baseUpdatedAt: baseUpdatedAt ? new Date(baseUpdatedAt) : undefined,
        now: ctx.now(),
      });
      const draft = await findDraftPolicy({ db: ctx.db, organizationId: me.organizationId });
      if (!draft) throw AppError.notFound('Draft policy');
      return { draft: presentStoredPolicy(draft), issues };
    },
  );

  app.delete(
    '/api/authority/policy/draft',
    {
      config: { access: 'policy.manage' },
      schema: {
        tags: ['authority'],
        summary: 'Throw the draft away',
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      await discardDraftPolicy({ db: ctx.db, organizationId: principalOf(request).organizationId });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/authority/policy/publish',
    {
      config: { access: 'policy.manage' },
      schema: {
        tags: ['authority'],
        summary: 'Publish the draft as the next version',
        description:
          "A draft that raises the publisher's own authority waits for a second admin (status awaiting_second_admin); another admin's publish of it is their agreement. With no other admin it is published and marked self-affecting.",
        body: publishBody,
        response: {
          200: publishOutcomeSchema,
          ...errors,
        },
      },
    },
    async (request) => {
      const me = personOf(request);
      return publishPolicy({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        note: request.body.note,
        draftUpdatedAt: request.body.draftUpdatedAt
          ? new Date(request.body.draftUpdatedAt)
          : undefined,
        token: me.token,
        now: ctx.now(),
      });
    },
  );
}
