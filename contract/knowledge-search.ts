import { z } from 'zod';

import { articleStatesParam, articleSummarySchema, articleVisibilitySchema } from './knowledge.ts';

/**
 * Knowledge search (issue 13; server/modules/knowledge/search): `q` takes websearch syntax
 * ("a phrase", -word); the other words rank, typos and related words included.
 */
const q = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');

export const searchQuery = z.strictObject({
  q,
  limit: z.coerce.number().int().min(1).max(50).default(10),
  state: articleStatesParam.optional(),
  visibility: articleVisibilitySchema.optional(),
  /** A resolution type's key: its articles only. */
  type: z.string().max(40).optional(),
  tag: z.string().max(40).optional(),
  /** The contact the search is made on: logged, so a search that ended in no link shows as a gap. */
  contactId: z.uuid().optional(),
});

export const suggestQuery = z.strictObject({
  q,
  contactId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});

export const searchResultSchema = z
  .object({
    article: articleSummarySchema,
    /** Plain text (render it as text): the part of the problem and resolution that matched. */
    snippet: z.string(),
    /** Character ranges of `snippet` to highlight, in order. */
    highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
    score: z.number(),
  })
  .meta({ id: 'KnowledgeSearchResult' });

export const searchResponse = z.object({ results: z.array(searchResultSchema) });
