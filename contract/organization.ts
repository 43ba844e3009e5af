import { z } from 'zod';

export const organizationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    currency: z.string().length(3),
    vision: z.string(),
  })
  .meta({ id: 'Organization' });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const updateOrganizationBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    vision: z.string().trim().max(4000),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris'),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');

export const organizationResponse = z.object({ organization: organizationSchema });
