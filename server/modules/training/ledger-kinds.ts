/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const trainingLedgerKinds = [
  'training.certification_awarded',
  'training.certification_revoked',
] as const;
