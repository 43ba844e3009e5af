import { z } from 'zod';

import { articleStateSchema } from './knowledge.ts';
import { personRefSchema } from './shared.ts';

/**
 * What knowledge coaches and leaders look at (issue 13): the knowledge page's figures, the
 * organization's content standard (the KCS Content Standard Checklist) and coaches' reviews against it
 * (server/modules/knowledge/metrics/README.md).
 */
const DAY_MS = 86_400_000;

export const metricsQuery = z
  .strictObject({
    /** The window's start (inclusive); 90 days before `to` when left out. */
    from: z.iso.datetime({ offset: true }).optional(),
    /** The window's end (exclusive); now when left out. */
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to), {
    path: ['from'],
    message: 'must be before to',
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.to) - Date.parse(q.from) <= 400 * DAY_MS, {
    path: ['from'],
    message: 'must be at most 400 days before to',
  });

const articleRef = z.object({ id: z.uuid(), title: z.string(), state: articleStateSchema });
const rate = z
  .number()
  .min(0)
  .max(1)
  .nullable()
  .describe('linked ÷ closed; null with no closed contacts');

export const metricsResponse = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    linkRate: z.object({
      closed: z.number().int(),
      linked: z.number().int(),
      rate,
      /** Weeks start on Monday (UTC). */
      weeks: z.array(
        z.object({
          weekStart: z.iso.date(),
          closed: z.number().int(),
          linked: z.number().int(),
          rate,
        }),
      ),
    }),
    reuse: z.array(z.object({ article: articleRef, count: z.number().int() })),
    contributors: z.array(
      z.object({
        person: personRefSchema,
        created: z.number().int(),
        fixed: z.number().int().describe('versions after the first saved, flags resolved'),
        edits: z.number().int(),
        flagsResolved: z.number().int(),
      }),
    ),
    openFlags: z.object({
      count: z.number().int(),
      ages: z.array(z.object({ label: z.string(), count: z.number().int() })),
      oldest: z.array(
        z.object({
          id: z.uuid(),
          article: articleRef,
          ageDays: z.number().int(),
          comment: z.string(),
        }),
      ),
    }),
    gaps: z.array(
      z.object({ query: z.string(), count: z.number().int(), lastSeenAt: z.iso.datetime() }),
    ),
    stale: z.object({
      count: z.number().int(),
      articles: z.array(
        z.object({
          article: articleRef,
          reuseCount: z.number().int(),
          lastReusedAt: z.iso.datetime().nullable(),
        }),
      ),
    }),
    withoutApproval: z.array(z.object({ article: articleRef, resolutions: z.number().int() })),
    quality: z.object({
      articles: z.array(
        z.object({
          article: articleRef,
          version: z.number().int(),
          score: z.number().int(),
          reviewedAt: z.iso.datetime(),
        }),
      ),
      authors: z.array(
        z.object({ person: personRefSchema, score: z.number().int(), reviews: z.number().int() }),
      ),
    }),
  })
  .meta({ id: 'KnowledgeMetrics' });

export const criterionSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    label: z.string(),
    description: z.string(),
    active: z.boolean(),
  })
  .meta({ id: 'KnowledgeCriterion' });

export const standardResponse = z.object({ criteria: z.array(criterionSchema) });

/** The whole checklist in its order; a criterion left out is made inactive (past reviews name it). */
export const putStandardBody = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        id: z.uuid().optional(),
        label: z.string().trim().min(1, 'is required').max(120),
        description: z.string().trim().max(1000).default(''),
        active: z.boolean().default(true),
      }),
    )
    .min(1, 'must hold a criterion')
    .max(40),
});

export const reviewBody = z.strictObject({
  /** The ids of the active criteria the article's current version meets. */
  met: z.array(z.uuid()).max(40),
  comment: z.string().trim().max(4000).default(''),
});

export const reviewSchema = z
  .object({
    id: z.uuid(),
    articleId: z.uuid(),
    articleVersion: z.number().int(),
    score: z.number().int().min(0).max(100),
    met: z.array(z.uuid()),
    totalCriteria: z.number().int(),
    coach: personRefSchema.nullable(),
    author: personRefSchema.nullable(),
    comment: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'KnowledgeReview' });

export const reviewResponse = z.object({ review: reviewSchema });

export const reviewSampleQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const reviewSampleResponse = z.object({
  articles: z.array(
    z.object({
      article: articleRef,
      version: z.number().int(),
      author: personRefSchema.nullable(),
      updatedAt: z.iso.datetime(),
      problem: z.string(),
      resolution: z.string(),
    }),
  ),
});
