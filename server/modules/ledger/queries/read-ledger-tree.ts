import {
  fromHex,
  MerkleWalk,
  type Hash,
  type LeafRange,
} from '../../../../domain/ledger/merkle.ts';
import type { Db } from '../../../db/database.ts';

export type LedgerTree =
  | { ok: true; size: number; root: Hash; rangeRoots: Hash[]; leafHashes: Map<number, Hash> }
  | { ok: false; size: number; missingSeq: number; problem: string };

const BATCH = 10_000;

/**
 * The Merkle tree (domain/ledger/merkle.ts) of an organization's first `size` entries: leaf i is the
 * 32 bytes of entry seq i+1's hash. Reads only (seq, hash), in batches, once, and hashes the ranges a
 * proof needs on the way, so memory stays O(log n) however long the ledger. Each call costs O(n)
 * hashing: proofs are small, computing them reads the ledger (a table of subtree hashes would make it
 * O(log n); not needed at today's sizes).
 */
export async function readLedgerTree(options: {
  db: Db;
  organizationId: string;
  size: number;
  ranges?: readonly LeafRange[];
  keepLeaves?: readonly number[];
}): Promise<LedgerTree> {
  const walk = new MerkleWalk(
    options.size,
    options.ranges ?? [],
    new Set(options.keepLeaves ?? []),
  );
  let last = 0;
  while (last < options.size) {
    const rows = await options.db
      .selectFrom('ledgerEntries')
      .select(['seq', 'hash'])
      .where('organizationId', '=', options.organizationId)
      .where('seq', '>', last)
      .where('seq', '<=', options.size)
      .orderBy('seq')
      .limit(BATCH)
      .execute();
    if (rows.length === 0)
      return {
        ok: false,
        size: options.size,
        missingSeq: last + 1,
        problem: `entries ${last + 1} to ${options.size} are missing`,
      };
    for (const row of rows) {
      if (row.seq !== last + 1)
        return {
          ok: false,
          size: options.size,
          missingSeq: last + 1,
          problem: `entry ${last + 1} is missing`,
        };
      if (!/^[0-9a-f]{64}$/.test(row.hash))
        return {
          ok: false,
          size: options.size,
          missingSeq: row.seq,
          problem: `entry ${row.seq}'s hash is not a SHA-256`,
        };
      walk.add(fromHex(row.hash));
      last = row.seq;
    }
  }
  return { ok: true, size: options.size, ...walk.finish() };
}
