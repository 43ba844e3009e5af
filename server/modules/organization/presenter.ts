import type { z } from 'zod';

import type { organizationSchema } from '../../../contract/organization.ts';
import type { Organization } from '../../db/schema.ts';

export function presentOrganization(org: Organization): z.infer<typeof organizationSchema> {
  return {
    id: org.id,
    slug: org.slug,
    name: org.name,
    timeZone: org.timeZone,
    currency: org.currency,
    vision: org.vision,
    certificationGraceDays: org.certificationGraceDays,
  };
}
