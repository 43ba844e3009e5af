/**
 * The kinds of ledger entry this module writes (composed into LedgerKind in
 * server/modules/ledger/ledger-kind.ts): who gave whom an account, a role, a level, or took them away.
 * Authority over money starts with these, so they are evidence as much as the decisions are.
 */
export const peopleLedgerKinds = ['person.created', 'person.authority_changed'] as const;
