import { everyone, type AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const resolutionAbilities = {
  'resolutions.request': everyone,
  /**
   * Lists and exports the organization's resolutions; a team leader's reach is their teams, an
   * auditor's the whole organization (server/policies/resolution-reach.ts).
   */
  'resolutions.export': ['admin', 'approver', 'team_leader', 'auditor'],
} as const satisfies AbilityTable;
