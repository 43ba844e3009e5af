import { z } from 'zod';

import { amountMinor, currencyCode, moneySchema } from './shared.ts';

/** `GET /api/training/practice?type=`: a situation of that resolution type, or of any. */
export const practiceQuery = z.object({
  type: z.string().min(1).max(40).optional(),
});

/**
 * A practice situation as the learner sees it: the customer, their words, what they ask and the
 * types on offer. Never the expected answer: the server grades from its own stored copy.
 */
export const practiceSituationSchema = z
  .object({
    id: z.uuid(),
    source: z.enum(['generated', 'picked']),
    customer: z.object({
      segment: z.string(),
      lifetimeValue: moneySchema,
      flags: z.array(z.string()),
    }),
    orderAgeDays: z.number().int().nullable(),
    prior: z
      .object({ customerWindow: moneySchema, contactTotal: moneySchema })
      .nullable()
      .describe(
        'What the customer already had of the asked type in its window, and on this contact',
      ),
    says: z.string(),
    asks: z.object({ type: z.string(), amount: moneySchema }),
    types: z.array(z.object({ key: z.string(), label: z.string() })),
  })
  .meta({ id: 'PracticeSituation' });

export const practiceSituationResponse = z.object({ situation: practiceSituationSchema });

/** `POST /api/training/practice/:id/answer`: what the learner would offer, and grant or ask approval. */
export const practiceAnswerBody = z.object({
  type: z.string().min(1).max(40),
  amount: amountMinor.describe('Minor units (cents for USD)'),
  currency: currencyCode,
  decision: z.enum(['grant', 'ask_approval', 'not_allowed']),
});

export const practiceGradeResponse = z
  .object({
    correct: z.boolean(),
    expected: z.object({
      decision: z.enum(['grant', 'ask_approval', 'not_allowed']),
      approverLevel: z
        .string()
        .optional()
        .describe('The lowest level that may approve it, by name'),
    }),
    reasons: z.array(z.string()).describe("The engine's reasons for the offer, then the verdict"),
  })
  .meta({ id: 'PracticeGrade' });

/** `POST /api/training/practice/situations`: a trainer turns a real decision into a practice template. */
export const pickPracticeBody = z.object({ resolutionId: z.uuid() });
