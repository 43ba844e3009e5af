import { z } from 'zod';

import { organizationSchema } from './organization.ts';
import { personSchema, roleSchema } from './people.ts';

export const loginBody = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
  // As long as the longest password one may choose (the password policy counts code points).
  password: z.string().min(1, 'is required').max(1024),
});

/** Who is signed in, and where: the answer of GET /api/me and POST /api/auth/login. */
export const meSchema = z
  .object({
    person: personSchema,
    organization: organizationSchema,
    abilities: z.array(z.string()).meta({
      description: "What the caller's role may do (server ability names, e.g. approvals.decide)",
    }),
    delegateRoles: z.array(roleSchema).meta({
      description: 'The roles a delegate may hold: those that decide approvals (approvals.decide)',
    }),
  })
  .meta({ id: 'Me' });

/** The secret of a single-use link (an invitation, a password reset) a person arrives with. */
export const linkToken = z.string().min(1, 'is required').max(200);

export const forgotPasswordBody = z.object({
  email: z.string().trim().min(1, 'is required').max(320),
});

/** The same words whether or not anyone signs in with that email. */
export const forgotPasswordResponse = z.object({ message: z.string() });

export const resetPasswordBody = z.object({
  token: linkToken,
  password: z.string().min(1, 'is required').max(1024),
});

/**
 * A reset link an admin asked for on someone's behalf: mailed to them when SMTP is configured (`link`
 * null), otherwise handed to the admin to pass on (`link`).
 */
export const issuedPasswordResetResponse = z.object({
  delivery: z.enum(['mailed', 'mail_failed', 'link']),
  link: z.string().nullable(),
  expiresAt: z.iso.datetime(),
});
