import type { AbilityTable } from '../../policies/ability-table.ts';

/** What this module's routes may be asked for, and by whom (composed in server/policies/abilities.ts). */
export const ledgerAbilities = {
  /** Verifying the chain, issuing and listing signed checkpoints, and proving an entry's inclusion. */
  'ledger.verify': ['admin', 'auditor'],
  /** Reading the entries themselves, to keep or re-verify elsewhere. */
  'ledger.export': ['admin', 'auditor'],
} as const satisfies AbilityTable;
