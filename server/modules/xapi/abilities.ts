import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const xapiAbilities = {
  /**
   * Reading the organization's learning statements (GET /xapi/statements): the admin, the trainer
   * whose LMS keeps the learning record, and the auditor who checks certifications behind authority.
   * Every person's results are in them, so not a rep or an approver.
   */
  'xapi.read': ['admin', 'trainer', 'auditor'],
} as const satisfies AbilityTable;
