import type { Role } from '../db/schema.ts';

/** Whose resolutions a person may list and export. */
export type ResolutionReach =
  | { kind: 'organization' }
  | { kind: 'teams-led-by'; leaderId: string }
  | { kind: 'own'; personId: string };

/**
 * Admins and approvers (the managers who answer approvals) oversee the whole organization; a team
 * leader sees the requests of the teams they lead; anyone else, only their own.
 */
export function resolutionReach(actor: { personId: string; role: Role }): ResolutionReach {
  if (actor.role === 'admin' || actor.role === 'approver') return { kind: 'organization' };
  if (actor.role === 'team_leader') return { kind: 'teams-led-by', leaderId: actor.personId };
  return { kind: 'own', personId: actor.personId };
}
