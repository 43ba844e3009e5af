import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const customerAbilities = {
  'customers.read': [...everyone, 'integration'],
  'customers.create': everyone,
  'customers.merge': ['admin'],
} as const satisfies AbilityTable;
