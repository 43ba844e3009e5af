import type { z } from 'zod';

import type {
  createInvitationBody,
  importInvitationsResponse,
  invitationSchema,
  sentInvitationResponse,
} from '../../../contract/invitations.ts';

export type Invitation = z.infer<typeof invitationSchema>;
/** A new or resent invitation: how its link went out, and the link when the admin is to pass it on. */
export type SentInvitation = z.infer<typeof sentInvitationResponse>;
export type NewInvitation = z.input<typeof createInvitationBody>;
/** What inviting an import's people did: how many, and without mail each link to pass on. */
export type ImportInvitations = z.infer<typeof importInvitationsResponse>;
