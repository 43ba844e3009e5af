import { GENESIS_HASH, verifyChain } from '../../../../domain/ledger/entry-hash.ts';
import type { Db } from '../../../db/database.ts';

export type LedgerVerification = { ok: boolean; entries: number; firstBrokenId?: number; problem?: string };

const BATCH = 5_000;

/** Re-checks one organization's whole chain, a batch at a time so memory stays flat however long it is. */
export async function verifyLedger(options: { db: Db; organizationId: string; onProgress?: (checked: number) => void }): Promise<LedgerVerification> {
  let start = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await options.db
      .selectFrom('ledgerEntries')
      .select(['id', 'seq', 'at', 'kind', 'actorId', 'resolutionId', 'approvalId', 'data', 'prevHash', 'hash'])
      .where('organizationId', '=', options.organizationId)
      .where('seq', '>', start.seq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return { ok: true, entries: checked };
    const result = verifyChain(rows, start);
    if (!result.ok) return { ok: false, entries: checked + result.entries, firstBrokenId: rows[result.firstBrokenIndex]!.id, problem: result.problem };
    checked += rows.length;
    options.onProgress?.(checked);
    const last = rows[rows.length - 1]!;
    start = { seq: last.seq, hash: last.hash };
  }
}
