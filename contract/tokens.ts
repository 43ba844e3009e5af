import { z } from 'zod';

import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    person: personRefSchema.nullable(),
    /** Who created it; null when the operator did, through the CLI. */
    createdBy: personRefSchema.nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ApiToken' });

export const apiTokensQuery = z.object({ ...pageQuery(200, 100) });

export const apiTokensResponse = z.object({
  tokens: z.array(apiTokenSchema),
  nextCursor: nextCursorSchema,
});

export const createApiTokenBody = z.object({
  name: z.string().trim().min(1).max(100),
  personId: z
    .uuid()
    .optional()
    .describe(
      'Act as this person: only your own id (a token acting as someone else could decide in their name)',
    ),
});

/** The secret (`token`) is in this answer only; the server keeps its hash. */
export const createdApiTokenResponse = z.object({ token: z.string(), apiToken: apiTokenSchema });

/** POST /api/me/tokens: a token acting as whoever creates it, so it names nobody. */
export const createOwnApiTokenBody = createApiTokenBody.pick({ name: true });
