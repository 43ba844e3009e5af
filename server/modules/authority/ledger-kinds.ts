/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const authorityLedgerKinds = ['policy.published', 'policy.publish_requested'] as const;
