import { z } from 'zod';

export const organizationSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    timeZone: z.string(),
    currency: z.string().length(3),
    vision: z.string(),
    /** Days a certificate still counts as held after it expires. */
    certificationGraceDays: z.number().int(),
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
    // The range before `int()`, which calls a number past 2^53 "not whole" when its size is what is wrong.
    certificationGraceDays: z
      .number()
      .min(0, 'must not be negative')
      .max(365, 'must be at most 365 days')
      .int('must be a whole number of days'),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, 'send at least one field to change');

export const organizationResponse = z.object({ organization: organizationSchema });
