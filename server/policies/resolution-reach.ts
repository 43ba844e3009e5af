import type { Role } from '../db/schema.ts';

/** Whose resolutions a person may list and export. */
export type ResolutionReach =
  | { kind: 'organization' }
  | { kind: 'teams-led-by'; leaderId: string }
  | { kind: 'own'; personId: string };

/** The roles that oversee the whole organization's resolutions. */
const organizationWide: readonly Role[] = ['admin', 'approver', 'auditor'];

/**
 * Admins, approvers (the managers who answer approvals) and auditors (who keep the evidence) oversee
 * the whole organization; a team leader sees the requests of the teams they lead; anyone else, only
 * their own.
 */
export function resolutionReach(actor: { personId: string; role: Role }): ResolutionReach {
  if (organizationWide.includes(actor.role)) return { kind: 'organization' };
  if (actor.role === 'team_leader') return { kind: 'teams-led-by', leaderId: actor.personId };
  return { kind: 'own', personId: actor.personId };
}
