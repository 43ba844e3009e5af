import type { z } from 'zod';

import type { availabilitySchema } from '../../../contract/availability.ts';
import type { Availability } from './queries/get-availability.ts';

export const presentAvailability = (a: Availability): z.infer<typeof availabilitySchema> => ({
  ...a,
  awayUntil: a.awayUntil?.toISOString() ?? null,
});
