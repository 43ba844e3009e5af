import type { Generated } from 'kysely';

import type { Json } from '../../db/columns.ts';

export interface LedgerEntriesTable {
  id: Generated<number>;
  organizationId: string;
  seq: number;
  at: Date;
  kind: string;
  actorId: string | null;
  resolutionId: string | null;
  approvalId: string | null;
  data: Json<Record<string, unknown>>;
  prevHash: string;
  hash: string;
}

export interface LedgerHeadsTable {
  organizationId: string;
  seq: number;
  hash: string;
}

/** A signed checkpoint handed out (GET /api/ledger/checkpoint, `leeway ledger checkpoint`); append-only. */
export interface LedgerCheckpointsTable {
  id: Generated<number>;
  organizationId: string;
  treeSize: number;
  rootHash: string;
  issuedAt: Date;
  keyId: string;
  signature: string;
  issuedBy: string | null;
}

export interface LedgerTables {
  ledgerEntries: LedgerEntriesTable;
  ledgerHeads: LedgerHeadsTable;
  ledgerCheckpoints: LedgerCheckpointsTable;
}
