import { roles } from '../../contract/roles.ts';
import { AppError } from '../errors.ts';
import { actorOf, type Actor, type Principal } from './principal.ts';

const everyone: readonly Actor[] = roles;

/**
 * What each role may do. Every route names one of these (or 'public'), and server/http/auth.ts
 * refuses to register a route that names none, so no endpoint ships without a role check.
 * The organization check is separate and always on: every query is scoped to the caller's.
 */
export const abilities = {
  'organization.read': [...everyone, 'integration'],
  'organization.update': ['admin'],
  'people.read': everyone,
  'people.manage': ['admin'],
  /** Sees the People page: a team's levels, certifications and chains at a glance (the app asks). */
  'people.oversee': ['team_leader', 'trainer', 'admin'],
  'teams.read': everyone,
  'levels.read': everyone,
  'customers.read': [...everyone, 'integration'],
  'customers.create': everyone,
  'customers.merge': ['admin'],
  'tokens.manage': ['admin'],
  'policy.read': everyone,
  'policy.manage': ['admin'],
  'authority.check': everyone,
  'contacts.handle': everyone,
  'resolutions.request': everyone,
  'approvals.decide': ['approver', 'team_leader', 'admin'],
  'availability.set': everyone,
  'ledger.verify': ['admin'],
  'cti.events': ['integration', 'admin'],
} as const satisfies Record<string, readonly Actor[]>;

export type Ability = keyof typeof abilities;

export function can(principal: Principal, ability: Ability): boolean {
  return (abilities[ability] as readonly Actor[]).includes(actorOf(principal));
}

export function authorize(principal: Principal, ability: Ability): void {
  if (!can(principal, ability))
    throw new AppError('forbidden', `Your role may not ${describe(ability)}`);
}

function describe(ability: Ability): string {
  const [subject, verb = 'read'] = ability.split('.');
  return `${verb} ${subject}`;
}
