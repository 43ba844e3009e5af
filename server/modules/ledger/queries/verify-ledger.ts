import { GENESIS_HASH, verifyChain } from '../../../../domain/ledger/entry-hash.ts';
import type { Db } from '../../../db/database.ts';

/**
 * `entries` is how many verify from the start; `headSeq` what the organization's head records.
 * A break is named by its sequence number (what receipts cite), never by a row id.
 */
export type LedgerVerification = { ok: boolean; entries: number; headSeq: number; firstBrokenSeq?: number; problem?: string };

const BATCH = 5_000;

/**
 * Re-checks one organization's whole chain, a batch at a time so memory stays flat however long it is,
 * and checks that it ends exactly at the recorded head: a chain can be intact and still be missing its
 * last entries. Entries appended while it runs are checked too, up to the head read after them (entries
 * and their head commit together, so an entry past the head it read means the head moved or the entry
 * is not the ledger's).
 */
export async function verifyLedger(options: { db: Db; organizationId: string; onProgress?: (checked: number) => void }): Promise<LedgerVerification> {
  let head = await readHead(options.db, options.organizationId);
  let start = { seq: 0, hash: GENESIS_HASH };
  const broken = (firstBrokenSeq: number, problem: string): LedgerVerification => ({ ok: false, entries: firstBrokenSeq - 1, headSeq: head.seq, firstBrokenSeq, problem });
  for (;;) {
    const rows = await options.db
      .selectFrom('ledgerEntries')
      .select(['seq', 'at', 'kind', 'actorId', 'resolutionId', 'approvalId', 'data', 'prevHash', 'hash'])
      .where('organizationId', '=', options.organizationId)
      .where('seq', '>', start.seq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    const inHead = rows.filter((row) => row.seq <= head.seq);
    const result = verifyChain(inHead, start);
    if (!result.ok) return broken(result.firstBrokenSeq, result.problem);
    if (inHead.length > 0) {
      const last = inHead[inHead.length - 1]!;
      start = { seq: last.seq, hash: last.hash };
      options.onProgress?.(start.seq);
    }
    if (rows.length > 0 && inHead.length === rows.length) continue;
    // The chain ends here, or goes on past the head: it must have reached the head exactly.
    if (start.seq < head.seq) {
      const missing = start.seq + 1 === head.seq ? `entry ${head.seq} is missing` : `entries ${start.seq + 1} to ${head.seq} are missing`;
      return broken(start.seq + 1, `${missing}: the chain ends at ${start.seq}, the head records ${head.seq}`);
    }
    if (start.hash !== head.hash) return broken(head.seq, `entry ${head.seq} is not the one the head records`);
    if (rows.length === 0) return { ok: true, entries: head.seq, headSeq: head.seq };
    // Entries past the head: appended since it was read (their head commits with them), or forged.
    const moved = await readHead(options.db, options.organizationId);
    if (moved.seq <= head.seq) return broken(head.seq + 1, `entry ${rows[0]!.seq} is past the head, which records ${head.seq}`);
    head = moved;
  }
}

async function readHead(db: Db, organizationId: string): Promise<{ seq: number; hash: string }> {
  const head = await db.selectFrom('ledgerHeads').select(['seq', 'hash']).where('organizationId', '=', organizationId).executeTakeFirst();
  return head ?? { seq: 0, hash: GENESIS_HASH };
}
