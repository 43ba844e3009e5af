import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const tokenAbilities = {
  'tokens.manage': ['admin'],
} as const satisfies AbilityTable;
