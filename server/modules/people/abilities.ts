import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const peopleAbilities = {
  'people.read': everyone,
  'people.manage': ['admin'],
  /** Sees the People page: a team's levels, certifications and chains at a glance (the app asks). */
  'people.oversee': ['team_leader', 'trainer', 'admin'],
  'teams.read': everyone,
  'levels.read': everyone,
} as const satisfies AbilityTable;
