import type { LedgerKind } from './ledger-kind.ts';

/** An entry to append to an organization's chain; its place and hash are the database's to give. */
export type NewLedgerEntry = {
  kind: LedgerKind;
  at: Date;
  actorId: string | null;
  resolutionId?: string | null;
  approvalId?: string | null;
  data: Record<string, unknown>;
};
