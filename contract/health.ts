import { z } from 'zod';

export const liveResponse = z.object({ status: z.literal('ok') });
export const readyResponse = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
});
