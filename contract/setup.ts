import { z } from 'zod';

import { meSchema } from './auth.ts';
import { isTimeZone } from './organization.ts';
import { levelSchema } from './people.ts';

export const policyTemplateKeySchema = z.enum(['hundred-dollar-rule', 'tiered', 'hospitality']);

// Intl knows the active ISO 4217 codes; a regex alone would take "ABC".
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

/** What a new organization is made of: the CLI's flags and the setup page's fields. */
export const newOrganizationSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/,
      'must be 1 to 40 lowercase letters, digits and hyphens, starting and ending with a letter or digit',
    ),
  name: z.string().trim().min(1, 'is required').max(200),
  currency: z
    .string()
    .trim()
    .refine(
      (code) => /^[A-Z]{3}$/.test(code) && knownCurrencies.has(code),
      'must be an ISO 4217 currency code such as USD or EUR',
    ),
  timeZone: z
    .string()
    .trim()
    .refine(
      (zone) => zone.includes('/') && isTimeZone(zone),
      'must be an IANA time zone such as Europe/Paris',
    ),
  vision: z.string().trim().max(4000).optional(),
});

export const firstAdminSchema = z.object({
  email: z.email('must be an email address').max(320),
  name: z.string().trim().min(1, 'is required').max(200),
  // What a password must be is checkPassword's (auth/password-policy.ts); this only bounds the body.
  password: z
    .string()
    .max(1024)
    .describe('At least 12 characters, not a common or leaked password'),
});

export const setupBody = z.object({
  organization: newOrganizationSchema,
  admin: firstAdminSchema,
  template: policyTemplateKeySchema,
  // Optional here so that a missing token is refused like a wrong one (403), not as a malformed body.
  setupToken: z.string().max(512).optional().meta({
    description:
      'The token in the first-run setup link the server prints when it starts (or SETUP_TOKEN); required',
  }),
});

export const setupStatusResponse = z
  .object({
    open: z.boolean().meta({
      description:
        'True only while the deployment has no organization: the first-run setup page is shown',
    }),
  })
  .meta({ id: 'SetupStatus' });

export const policyTemplateSchema = z
  .object({
    key: policyTemplateKeySchema,
    name: z.string(),
    description: z.string(),
    levels: z.array(levelSchema.pick({ key: true, name: true })),
    resolutionTypes: z.array(z.object({ key: z.string(), label: z.string() })),
  })
  .meta({ id: 'PolicyTemplate' });

export const policyTemplatesResponse = z.object({ templates: z.array(policyTemplateSchema) });

/** The new admin, signed in (the same answer as POST /api/auth/login). */
export const setupResponse = meSchema;
