import { z } from 'zod';

import { organizationSchema } from './organization.ts';
import { personSchema } from './people.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(200),
});

/** Who is signed in, and where: the answer of GET /api/me and POST /api/auth/login. */
export const meSchema = z
  .object({ person: personSchema, organization: organizationSchema })
  .meta({ id: 'Me' });
