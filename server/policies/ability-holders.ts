import { roles, type Role } from '../db/schema.ts';
import { abilities, type Ability } from './abilities.ts';
import type { Actor } from './principal.ts';

const holds = (actor: Actor, ability: Ability) =>
  (abilities[ability] as readonly Actor[]).includes(actor);

/** The roles whose holders have an ability, read from the one table, e.g. who decides approvals. */
export function rolesWith(ability: Ability): Role[] {
  return roles.filter((role) => holds(role, ability));
}

/** Everything an actor's role may do, in the table's order: what /api/me tells the app. */
export function abilitiesOf(actor: Actor): Ability[] {
  return (Object.keys(abilities) as Ability[]).filter((ability) => holds(actor, ability));
}
