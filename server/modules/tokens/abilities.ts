import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const tokenAbilities = {
  'tokens.manage': ['admin'],
  /**
   * One's own tokens, acting as oneself (/api/me/tokens): how an auditor's BI job or audit firm pulls
   * the exports. The auditor, whose abilities are read-only, and the admin, who could already make
   * one through tokens.manage; a token acting as a rep or an approver would decide in their name.
   */
  'tokens.own': ['admin', 'auditor'],
} as const satisfies AbilityTable;
