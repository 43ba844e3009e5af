import {
  approvalDecidedResponse,
  approvalsQuery,
  approvalsResponse,
  approveBody,
  denyBody,
} from '../../../contract/approvals.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { personOf } from '../../http/auth.ts';
import { recordErrors as errors, noContent } from '../../http/responses.ts';
import { loadCompiledPolicy } from '../authority/queries/load-compiled-policy.ts';
import { loadPersonForAuthority } from '../authority/queries/load-person-for-authority.ts';
import { cancelApproval } from './commands/cancel-approval.ts';
import { claimApproval } from './commands/claim-approval.ts';
import { decideApproval } from './commands/decide-approval.ts';
import { presentApprovalItem } from './presenter.ts';
import { listActionableApprovals } from './queries/list-approvals.ts';
import { listDecidedApprovals } from './queries/list-decided-approvals.ts';

export function approvalRoutes(app: ApiApp, ctx: AppContext) {
  /** The caller's rank in the current policy; null without a level. */
  const rankOf = async (organizationId: string, personId: string) => {
    const [cp, person] = await Promise.all([
      loadCompiledPolicy({ db: ctx.db, organizationId }),
      loadPersonForAuthority(ctx.db, organizationId, personId),
    ]);
    const li = person.levelKey ? cp.levelIndex.get(person.levelKey) : undefined;
    return { rank: li === undefined ? null : li + 1 };
  };

  app.get(
    '/api/approvals',
    {
      config: { access: 'approvals.decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Pending requests I can act on now, longest waiting first (or the ones I decided)',
        querystring: approvalsQuery,
        response: { 200: approvalsResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      const { status, cursor, limit } = request.query;
      const scope = {
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        ...(cursor ? { cursor } : {}),
        limit,
      };
      if (status === 'decided') {
        const page = await listDecidedApprovals(scope);
        return { approvals: page.rows.map(presentApprovalItem), nextCursor: page.nextCursor };
      }
      const { rank } = await rankOf(me.organizationId, me.personId);
      if (rank === null) return { approvals: [], nextCursor: null };
      const page = await listActionableApprovals({ ...scope, rank });
      return { approvals: page.rows.map(presentApprovalItem), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/approvals/:id/approve',
    {
      config: { access: 'approvals.decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Approve, or approve a lower amount',
        params: uuidParam,
        body: approveBody,
        response: { 200: approvalDecidedResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return decideApproval({
        db: ctx.db,
        organizationId: me.organizationId,
        approverId: me.personId,
        approvalId: request.params.id,
        action: 'approve',
        amountMinor: request.body.amount,
        note: request.body.note,
        token: me.token,
        now: ctx.now(),
      });
    },
  );

  app.post(
    '/api/approvals/:id/deny',
    {
      config: { access: 'approvals.decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Deny, saying why',
        params: uuidParam,
        body: denyBody,
        response: { 200: approvalDecidedResponse, ...errors },
      },
    },
    async (request) => {
      const me = personOf(request);
      return decideApproval({
        db: ctx.db,
        organizationId: me.organizationId,
        approverId: me.personId,
        approvalId: request.params.id,
        action: 'deny',
        note: request.body.note,
        token: me.token,
        now: ctx.now(),
      });
    },
  );

  app.post(
    '/api/approvals/:id/claim',
    {
      config: { access: 'approvals.decide' },
      schema: {
        tags: ['approvals'],
        summary: 'Pick a request up, so the rep sees who is deciding',
        params: uuidParam,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      await claimApproval({
        db: ctx.db,
        organizationId: me.organizationId,
        approverId: me.personId,
        approvalId: request.params.id,
        now: ctx.now(),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/approvals/:id/cancel',
    {
      config: { access: 'resolutions.request' },
      schema: {
        tags: ['approvals'],
        summary: 'Withdraw my own pending request',
        params: uuidParam,
        response: { 204: noContent, ...errors },
      },
    },
    async (request, reply) => {
      const me = personOf(request);
      await cancelApproval({
        db: ctx.db,
        organizationId: me.organizationId,
        personId: me.personId,
        approvalId: request.params.id,
        now: ctx.now(),
      });
      return reply.code(204).send(null);
    },
  );
}
