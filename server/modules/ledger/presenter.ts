import type { z } from 'zod';

import type { ledgerEntrySchema } from '../../../contract/ledger.ts';
import { canonicalJson } from '../../../domain/ledger/entry-hash.ts';
import type { LedgerEntryRow } from './queries/page-ledger-entries.ts';

type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** `at` in the form its hash covers (milliseconds, UTC). */
export function presentLedgerEntry(row: LedgerEntryRow): LedgerEntry {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    kind: row.kind,
    actorId: row.actorId,
    resolutionId: row.resolutionId,
    approvalId: row.approvalId,
    data: row.data,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export const ledgerCsvColumns = [
  'seq',
  'at',
  'kind',
  'actorId',
  'resolutionId',
  'approvalId',
  'data',
  'prevHash',
  'hash',
] as const;

/** `data` as the sorted-key JSON its hash covers; the JSON Lines export is the one to re-verify from. */
export function presentLedgerCsvRecord(row: LedgerEntryRow): Record<string, unknown> {
  return { ...presentLedgerEntry(row), data: canonicalJson(row.data) };
}
