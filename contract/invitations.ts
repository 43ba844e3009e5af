import { z } from 'zod';

import { linkToken } from './auth.ts';
import { createPersonBody, levelSchema, roleSchema } from './people.ts';
import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

/** Whom to invite: a person as `POST /api/people` adds one, without a password (they choose it). */
export const createInvitationBody = createPersonBody.pick({
  email: true,
  name: true,
  role: true,
  levelKey: true,
  teamId: true,
});

export const invitationStatusSchema = z.enum(['pending', 'expired', 'accepted', 'revoked']);

export const invitationSchema = z
  .object({
    id: z.uuid(),
    person: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      role: roleSchema,
      level: levelSchema.nullable(),
    }),
    invitedBy: personRefSchema.nullable(),
    status: invitationStatusSchema,
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });

/**
 * A new or resent link. With SMTP configured it goes only to the invitee's mailbox (`mailed`, or
 * `mail_failed`: resend later) and `link` is null; without, the admin is given it to pass on.
 */
export const sentInvitationResponse = z.object({
  invitation: invitationSchema,
  delivery: z.enum(['mailed', 'mail_failed', 'link']),
  link: z.string().nullable(),
});

export const invitationResponse = z.object({ invitation: invitationSchema });
export const invitationsQuery = z.object(pageQuery(200, 50));
export const invitationsResponse = z.object({
  invitations: z.array(invitationSchema),
  nextCursor: nextCursorSchema,
});

export const acceptInvitationBody = z.object({
  token: linkToken,
  // What a password must be is checkPassword's (auth/password-policy.ts); this only bounds the body.
  password: z.string().min(1, 'is required').max(1024),
});

/**
 * Invitations for everyone an applied people import brought in who could not sign in yet. Each
 * invitation exists once the answer comes, whatever the mail did: `mailFailed` are listed among the
 * open invitations, to resend. `links` only without SMTP (with it, links go to mailboxes only).
 */
export const importInvitationsResponse = z.object({
  invited: z.number().int(),
  mailed: z.number().int(),
  mailFailed: z.number().int(),
  links: z
    .array(
      z.object({
        invitationId: z.uuid(),
        person: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
        link: z.string(),
      }),
    )
    .nullable(),
});

/**
 * How a person gets in, for the People admin: a password of their own, an invitation not yet
 * accepted, nothing yet (invite them), or deactivated.
 */
export const signInStatusResponse = z.object({
  signIn: z.enum(['password', 'invited', 'none', 'deactivated']),
  invitationId: z.uuid().nullable(),
});
