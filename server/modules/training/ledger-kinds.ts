/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const trainingLedgerKinds = [
  'training.certification_awarded',
  'training.certification_revoked',
  /** Housekeeping, once per lapse: past expiry plus the organization's grace (lifecycle/). */
  'training.certification_expired',
] as const;
