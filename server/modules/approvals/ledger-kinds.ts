/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const approvalLedgerKinds = [
  'approval.routed',
  'approval.escalated',
  'approval.approved',
  'approval.reduced',
  'approval.denied',
  'approval.cancelled',
] as const;
