import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const importAbilities = {
  /** Bringing in people, customers and orders from a file: what one admin could do one at a time, at once. */
  'imports.manage': ['admin'],
} as const satisfies AbilityTable;
