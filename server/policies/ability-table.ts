import { roles } from '../../contract/roles.ts';
import type { Actor } from './principal.ts';

/** A module's abilities: each names the roles (and integration tokens) that have it. */
export type AbilityTable = Record<string, readonly Actor[]>;

/**
 * Every role that works with customers and each other: all but the auditor, who reads the evidence
 * and is named, ability by ability, where it may (ability-holders.test.ts states its whole list), so a
 * new ability given to everyone does not reach the auditor unasked. Integration tokens are not
 * among them.
 */
export const everyone: readonly Actor[] = roles.filter((role) => role !== 'auditor');
