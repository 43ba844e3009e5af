import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const xapiAbilities = {
  /**
   * Reading the organization's learning statements (GET /xapi/statements): the trainer whose LMS
   * keeps the learning record, the admin, the auditor who checks the certifications behind
   * authority, and an integration token (an admin's, for the LMS that pulls). Every person's
   * results are in them, so not a rep, an approver or a team leader.
   */
  'xapi.read': ['trainer', 'admin', 'auditor', 'integration'],
} as const satisfies AbilityTable;
