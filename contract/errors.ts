import { z } from 'zod';

/**
 * Every code an error body can carry; server/errors.ts maps each to its one HTTP status and says what
 * it means to API clients.
 */
export const errorCodeSchema = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'setup_closed',
  'unsupported_media',
  'rate_limited',
  'internal',
  'unavailable',
]);

export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** The one error body every 4xx and 5xx carries. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string(),
      field: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
