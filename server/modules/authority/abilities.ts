import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const authorityAbilities = {
  'policy.read': everyone,
  'policy.manage': ['admin'],
  'authority.check': everyone,
} as const satisfies AbilityTable;
