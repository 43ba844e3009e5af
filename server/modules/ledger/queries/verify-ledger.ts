import { GENESIS_HASH, verifyChain } from '../../../../domain/ledger/entry-hash.ts';
import { fromHex, leafHash, MerkleRoot, toHex } from '../../../../domain/ledger/merkle.ts';
import type { Db } from '../../../db/database.ts';

/**
 * `entries` is how many verify from the start; `headSeq` what the organization's head records.
 * A break is named by its sequence number (what receipts cite), never by a row id; a ledger that no
 * longer begins with a checkpoint's entries has no one entry to name, so no `firstBrokenSeq`.
 */
export type LedgerVerification = {
  ok: boolean;
  entries: number;
  headSeq: number;
  firstBrokenSeq?: number;
  problem?: string;
};

const BATCH = 5_000;

/**
 * Re-checks one organization's whole chain, a batch at a time so memory stays flat however long it is,
 * and checks that it ends exactly at the recorded head: a chain can be intact and still be missing its
 * last entries. Entries appended while it runs are checked too, up to the head read after them (entries
 * and their head commit together, so an entry past the head it read means the head moved or the entry
 * is not the ledger's).
 *
 * It also checks the chain against every checkpoint issued for it (`ledger_checkpoints`): the Merkle
 * root of its first N entries must be the one signed for N. Deleting the tail and moving the head back
 * leaves a chain that verifies on its own, but not one that a checkpoint past the cut still matches.
 * (Whoever can do that can delete the recorded checkpoints too; the auditor's copy catches that:
 * `verify --checkpoint`.)
 */
export async function verifyLedger(options: {
  db: Db;
  organizationId: string;
  onProgress?: (checked: number) => void;
}): Promise<LedgerVerification> {
  const checkpoints = await recordedCheckpoints(options.db, options.organizationId);
  let head = await readHead(options.db, options.organizationId);
  let start = { seq: 0, hash: GENESIS_HASH };
  const broken = (firstBrokenSeq: number, problem: string): LedgerVerification => ({
    ok: false,
    entries: firstBrokenSeq - 1,
    headSeq: head.seq,
    firstBrokenSeq,
    problem,
  });
  const tree = new MerkleRoot();
  let nextCheckpoint = 0;
  for (;;) {
    const rows = await options.db
      .selectFrom('ledgerEntries')
      .select([
        'seq',
        'at',
        'kind',
        'actorId',
        'resolutionId',
        'approvalId',
        'data',
        'prevHash',
        'hash',
      ])
      .where('organizationId', '=', options.organizationId)
      .where('seq', '>', start.seq)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    const inHead = rows.filter((row) => row.seq <= head.seq);
    const result = verifyChain(inHead, start);
    if (!result.ok) return broken(result.firstBrokenSeq, result.problem);
    // Hashed only as far as the largest checkpoint: past it there is nothing to compare.
    for (const row of nextCheckpoint < checkpoints.length ? inHead : []) {
      tree.push(leafHash(fromHex(row.hash)));
      for (; checkpoints[nextCheckpoint]?.treeSize === row.seq; nextCheckpoint++) {
        const checkpoint = checkpoints[nextCheckpoint]!;
        if (toHex(tree.root()) !== checkpoint.rootHash) {
          return {
            ok: false,
            entries: 0,
            headSeq: head.seq,
            problem: `the first ${row.seq} entries are not the ones the checkpoint of ${checkpoint.issuedAt.toISOString()} signed: the ledger was rewritten`,
          };
        }
      }
    }
    if (inHead.length > 0) {
      const last = inHead[inHead.length - 1]!;
      start = { seq: last.seq, hash: last.hash };
      options.onProgress?.(start.seq);
    }
    if (rows.length > 0 && inHead.length === rows.length) continue;
    // The chain ends here, or goes on past the head: it must have reached the head exactly.
    if (start.seq < head.seq) {
      const missing =
        start.seq + 1 === head.seq
          ? `entry ${head.seq} is missing`
          : `entries ${start.seq + 1} to ${head.seq} are missing`;
      return broken(
        start.seq + 1,
        `${missing}: the chain ends at ${start.seq}, the head records ${head.seq}`,
      );
    }
    if (start.hash !== head.hash)
      return broken(head.seq, `entry ${head.seq} is not the one the head records`);
    const past = checkpoints[nextCheckpoint];
    if (rows.length === 0 && past) {
      return broken(
        head.seq + 1,
        `the head records ${head.seq} entries, the checkpoint of ${past.issuedAt.toISOString()} recorded ${past.treeSize}: the ledger was truncated`,
      );
    }
    if (rows.length === 0) return { ok: true, entries: head.seq, headSeq: head.seq };
    // Entries past the head: appended since it was read (their head commits with them), or forged.
    const moved = await readHead(options.db, options.organizationId);
    if (moved.seq <= head.seq)
      return broken(
        head.seq + 1,
        `entry ${rows[0]!.seq} is past the head, which records ${head.seq}`,
      );
    head = moved;
  }
}

async function readHead(db: Db, organizationId: string): Promise<{ seq: number; hash: string }> {
  const head = await db
    .selectFrom('ledgerHeads')
    .select(['seq', 'hash'])
    .where('organizationId', '=', organizationId)
    .executeTakeFirst();
  return head ?? { seq: 0, hash: GENESIS_HASH };
}

/** Every size a checkpoint was issued for, smallest first (an empty tree commits to nothing). */
async function recordedCheckpoints(
  db: Db,
  organizationId: string,
): Promise<Array<{ treeSize: number; rootHash: string; issuedAt: Date }>> {
  return db
    .selectFrom('ledgerCheckpoints')
    .select(['treeSize', 'rootHash', 'issuedAt'])
    .where('organizationId', '=', organizationId)
    .where('treeSize', '>', 0)
    .orderBy('treeSize')
    .orderBy('issuedAt')
    .execute();
}
