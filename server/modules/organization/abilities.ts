import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const organizationAbilities = {
  'organization.read': [...everyone, 'auditor', 'integration'],
  'organization.update': ['admin'],
} as const satisfies AbilityTable;
