import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const ledgerAbilities = {
  'ledger.verify': ['admin'],
  /** Reading the entries themselves, to keep or re-verify elsewhere. There is no auditor role yet. */
  'ledger.export': ['admin'],
} as const satisfies AbilityTable;
