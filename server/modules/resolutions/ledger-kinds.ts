/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const resolutionLedgerKinds = [
  'resolution.requested',
  'resolution.granted_within_authority',
  'resolution.unused_authority',
  'resolution.not_allowed',
] as const;
