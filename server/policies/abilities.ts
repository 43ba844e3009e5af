import { AppError } from '../errors.ts';
import { approvalAbilities } from '../modules/approvals/abilities.ts';
import { authorityAbilities } from '../modules/authority/abilities.ts';
import { availabilityAbilities } from '../modules/availability/abilities.ts';
import { contactAbilities } from '../modules/contacts/abilities.ts';
import { ctiAbilities } from '../modules/cti/abilities.ts';
import { customerAbilities } from '../modules/customers/abilities.ts';
import { ledgerAbilities } from '../modules/ledger/abilities.ts';
import { organizationAbilities } from '../modules/organization/abilities.ts';
import { peopleAbilities } from '../modules/people/abilities.ts';
import { resolutionAbilities } from '../modules/resolutions/abilities.ts';
import { tokenAbilities } from '../modules/tokens/abilities.ts';
import type { AbilityTable } from './ability-table.ts';
import { actorOf, type Actor, type Principal } from './principal.ts';

/**
 * What each role may do, composed from the table each module declares (one line per module). Every
 * route names one of these (or 'public'), and server/http/auth.ts refuses to register a route that
 * names none, so no endpoint ships without a role check. The organization check is separate and
 * always on: every query is scoped to the caller's.
 */
export const abilities = {
  ...organizationAbilities,
  ...peopleAbilities,
  ...customerAbilities,
  ...tokenAbilities,
  ...authorityAbilities,
  ...contactAbilities,
  ...resolutionAbilities,
  ...approvalAbilities,
  ...availabilityAbilities,
  ...ledgerAbilities,
  ...ctiAbilities,
} as const satisfies AbilityTable;

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
