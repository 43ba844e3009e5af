import type { SignedCheckpoint } from '../../../../domain/ledger/checkpoint.ts';
import { inclusionProofRanges, toHex } from '../../../../domain/ledger/merkle.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { signedCheckpoint } from '../signed-checkpoint.ts';
import type { LedgerSigningKey } from '../signing-key.ts';
import { ledgerHeadSeq } from './ledger-head-seq.ts';
import { readLedgerTree } from './read-ledger-tree.ts';

export type LedgerEntryProof = {
  seq: number;
  /** The leaf's place in the tree: seq - 1. */
  leafIndex: number;
  entryHash: string;
  /** SHA-256(0x00 || entry hash bytes). */
  leafHash: string;
  treeSize: number;
  rootHash: string;
  /** RFC 6962 PATH: the sibling subtrees' roots from the leaf up, O(log n) of them. */
  auditPath: string[];
  /** The tree's size and root, signed: the proof then stands alone. */
  checkpoint: SignedCheckpoint;
};

/**
 * The inclusion proof for the entry a receipt cites (its ledgerSeq) in the tree of the whole ledger as it
 * is now, with that tree's signed checkpoint: with `verifyInclusion` (domain/ledger/merkle.ts) and the
 * public key, anyone can check that this entry is in the ledger without reading the rest of it.
 */
export async function proveLedgerEntry(options: {
  db: Db;
  organizationId: string;
  seq: number;
  key: LedgerSigningKey;
  now: Date;
}): Promise<LedgerEntryProof> {
  const organization = await options.db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('id', '=', options.organizationId)
    .executeTakeFirstOrThrow();
  const size = await ledgerHeadSeq(options.db, options.organizationId);
  if (options.seq < 1 || options.seq > size) throw AppError.notFound(`Ledger entry ${options.seq}`);
  const index = options.seq - 1;
  const tree = await readLedgerTree({
    db: options.db,
    organizationId: options.organizationId,
    size,
    ranges: inclusionProofRanges(index, size),
    keepLeaves: [index],
  });
  if (!tree.ok)
    throw new AppError(
      'conflict',
      `The ledger is broken at seq ${tree.missingSeq} (${tree.problem}); no proof can be given`,
    );
  const entry = await options.db
    .selectFrom('ledgerEntries')
    .select('hash')
    .where('organizationId', '=', options.organizationId)
    .where('seq', '=', options.seq)
    .executeTakeFirstOrThrow();
  const rootHash = toHex(tree.root);
  return {
    seq: options.seq,
    leafIndex: index,
    entryHash: entry.hash,
    leafHash: toHex(tree.leafHashes.get(index)!),
    treeSize: size,
    rootHash,
    auditPath: tree.rangeRoots.map(toHex),
    checkpoint: signedCheckpoint(options.key, organization, {
      organizationId: organization.id,
      treeSize: size,
      rootHash,
      issuedAt: options.now.toISOString(),
    }),
  };
}
