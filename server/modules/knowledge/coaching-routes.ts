import {
  metricsQuery,
  metricsResponse,
  putStandardBody,
  reviewBody,
  reviewResponse,
  reviewSampleQuery,
  reviewSampleResponse,
  standardResponse,
} from '../../../contract/knowledge-metrics.ts';
import { uuidParam } from '../../../contract/shared.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { recordErrors } from '../../http/responses.ts';
import { mayCoach, maySeeKnowledgeMetrics } from '../../policies/knowledge-coaching.ts';
import { authorizeRecord } from '../../policies/verdict.ts';
import { readKnowledgeMetrics } from './metrics/read-knowledge-metrics.ts';
import { daysBefore } from './metrics/window.ts';
import { knowledgeCaller } from './route-caller.ts';
import { loadStandard } from './standard/load-standard.ts';
import { replaceStandard } from './standard/replace-standard.ts';
import { reviewArticle } from './standard/review-article.ts';
import { selectReviewSample } from './standard/review-sample.ts';
import { presentReview, selectReviews } from './standard/select-reviews.ts';

const tags = ['knowledge'];
const DEFAULT_WINDOW_DAYS = 90;

/** The knowledge page's figures, the content standard and coaches' reviews against it. */
export function coachingRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/knowledge/metrics',
    {
      config: { access: 'knowledge.metrics' },
      schema: {
        tags,
        summary:
          'Link rate, reuse, contributors, open flags, gaps, stale articles, articles resolving without approval and quality, over [from, to)',
        querystring: metricsQuery,
        response: { 200: metricsResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor, now } = await knowledgeCaller(ctx, request);
      authorizeRecord(maySeeKnowledgeMetrics(actor));
      // Left open, the window ends just after now, so what happened this very moment counts.
      const to = request.query.to ? new Date(request.query.to) : new Date(now.getTime() + 1);
      const from = request.query.from
        ? new Date(request.query.from)
        : daysBefore(to, DEFAULT_WINDOW_DAYS);
      return readKnowledgeMetrics({ db: ctx.db, organizationId, from, to, now });
    },
  );
  standardRoutes(app, ctx);
  reviewRoutes(app, ctx);
}

function standardRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/knowledge/standard',
    {
      config: { access: 'knowledge.read' },
      schema: {
        tags,
        summary: "The organization's content standard (KCS Content Standard Checklist), in order",
        response: { 200: standardResponse, ...recordErrors },
      },
    },
    async (request) => ({
      criteria: await loadStandard(ctx.db, principalOf(request).organizationId),
    }),
  );

  app.put(
    '/api/knowledge/standard',
    {
      config: { access: 'knowledge.coach' },
      schema: {
        tags,
        summary:
          'Rewrite the checklist in order (a coach or an admin); left-out criteria go inactive',
        body: putStandardBody,
        response: { 200: standardResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { db, organizationId, actor } = await knowledgeCaller(ctx, request);
      await replaceStandard({ db, organizationId, actor, criteria: request.body.criteria });
      return { criteria: await loadStandard(ctx.db, organizationId) };
    },
  );
}

function reviewRoutes(app: ApiApp, ctx: AppContext) {
  app.post(
    '/api/knowledge/articles/:id/reviews',
    {
      config: { access: 'knowledge.coach' },
      schema: {
        tags,
        summary:
          "Score the article's current version against the standard (a coach, never the version's author)",
        params: uuidParam,
        body: reviewBody,
        response: { 201: reviewResponse, ...recordErrors },
      },
    },
    async (request, reply) => {
      const caller = await knowledgeCaller(ctx, request);
      const reviewId = await reviewArticle({
        ...request.body,
        ...caller,
        articleId: request.params.id,
      });
      const row = await selectReviews(ctx.db, caller.organizationId)
        .where('q.id', '=', reviewId)
        .executeTakeFirstOrThrow();
      reply.code(201);
      return { review: presentReview(row) };
    },
  );

  app.get(
    '/api/knowledge/review-sample',
    {
      config: { access: 'knowledge.coach' },
      schema: {
        tags,
        summary:
          'Recent articles not yet reviewed at their current version, spread over their authors, for the coach to score',
        querystring: reviewSampleQuery,
        response: { 200: reviewSampleResponse, ...recordErrors },
      },
    },
    async (request) => {
      const { organizationId, actor } = await knowledgeCaller(ctx, request);
      authorizeRecord(mayCoach(actor));
      return {
        articles: await selectReviewSample({
          db: ctx.db,
          organizationId,
          coachId: actor.personId,
          limit: request.query.limit,
        }),
      };
    },
  );
}
