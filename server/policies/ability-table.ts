import { roles } from '../../contract/roles.ts';
import type { Actor } from './principal.ts';

/** A module's abilities: each names the roles (and integration tokens) that have it. */
export type AbilityTable = Record<string, readonly Actor[]>;

/** Every role a person can hold (integration tokens are not among them). */
export const everyone: readonly Actor[] = roles;
