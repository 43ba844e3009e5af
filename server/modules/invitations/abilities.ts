import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const invitationAbilities = {
  /** Invite, list, resend and revoke: whoever may add people (people.manage) may invite them. */
  'invitations.manage': ['admin'],
} as const satisfies AbilityTable;
