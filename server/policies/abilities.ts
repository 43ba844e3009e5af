import { AppError } from '../errors.ts';
import { serverModules, type ServerModules } from '../modules/index.ts';
import type { Composed } from '../modules/server-module.ts';
import { actorOf, type Actor, type Principal } from './principal.ts';

/**
 * What each role may do, composed from the table each registered module declares. Every route
 * names one of these (or 'public'), and server/http/auth.ts refuses to register a route that names
 * none, so no endpoint ships without a role check. The organization check is separate and always
 * on: every query is scoped to the caller's.
 */
export const abilities = Object.assign(
  {},
  ...serverModules.map((module) => ('abilities' in module ? module.abilities : {})),
) as Composed<ServerModules, 'abilities'>;

export type Ability = keyof typeof abilities & string;

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
