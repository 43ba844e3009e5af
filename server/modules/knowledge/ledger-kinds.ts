/** The kinds of ledger entry this module writes (composed into LedgerKind in server/modules/ledger/ledger-kind.ts). */
export const knowledgeLedgerKinds = [
  'knowledge.article_published',
  'knowledge.article_archived',
  'knowledge.licence_granted',
] as const;
