import type { SignedCheckpoint } from '../../../../domain/ledger/checkpoint.ts';
import {
  consistencyProofRanges,
  fromHex,
  toHex,
  verifyConsistency,
} from '../../../../domain/ledger/merkle.ts';
import type { Db } from '../../../db/database.ts';
import { checkpointSignatureValid } from '../signing-key.ts';
import { ledgerHeadSeq } from './ledger-head-seq.ts';
import { readLedgerTree } from './read-ledger-tree.ts';

export type CheckpointVerification =
  | { ok: true; fromSize: number; toSize: number; issuedAt: string; rootHash: string }
  | { ok: false; problem: string };

/**
 * Proves the ledger only grew since a checkpoint: the checkpoint must be signed by the key the caller
 * trusts (never just the key the file carries), and an RFC 6962 consistency proof from the checkpoint's
 * tree to today's must verify, i.e. today's ledger begins with exactly the entries the checkpoint signed.
 * A truncated ledger, or one whose early entries were rewritten (even with the head moved to match and
 * the chain re-hashed), fails.
 */
export async function verifyLedgerCheckpoint(options: {
  db: Db;
  checkpoint: SignedCheckpoint;
  trustedKey: { publicKeyPem: string; keyId: string };
}): Promise<CheckpointVerification> {
  const { checkpoint, trustedKey } = options;
  if (checkpoint.keyId !== trustedKey.keyId)
    return {
      ok: false,
      problem: `the checkpoint names key ${checkpoint.keyId.slice(0, 16)}…, not the trusted key ${trustedKey.keyId.slice(0, 16)}…`,
    };
  if (!checkpointSignatureValid(trustedKey.publicKeyPem, checkpoint, checkpoint.signature))
    return {
      ok: false,
      problem:
        'the signature does not verify with the trusted key: the checkpoint was altered or forged',
    };
  const organization = await options.db
    .selectFrom('organizations')
    .select('id')
    .where('id', '=', checkpoint.organizationId)
    .executeTakeFirst();
  if (!organization)
    return { ok: false, problem: `no organization ${checkpoint.organizationId} in this database` };

  const size = await ledgerHeadSeq(options.db, organization.id);
  const since = `the checkpoint of ${checkpoint.issuedAt} recorded ${checkpoint.treeSize}`;
  if (size < checkpoint.treeSize)
    return {
      ok: false,
      problem: `the ledger was truncated: its head records ${size} entries, ${since}`,
    };
  const tree = await readLedgerTree({
    db: options.db,
    organizationId: organization.id,
    size,
    ranges: consistencyProofRanges(checkpoint.treeSize, size),
  });
  if (!tree.ok)
    return {
      ok: false,
      problem: `the ledger lost entries: ${tree.problem} (seq ${tree.missingSeq}), ${since}`,
    };
  const consistent = verifyConsistency({
    oldSize: checkpoint.treeSize,
    newSize: size,
    oldRoot: fromHex(checkpoint.rootHash),
    newRoot: tree.root,
    proof: tree.rangeRoots,
  });
  if (!consistent)
    return {
      ok: false,
      problem: `the ledger was rewritten: its first ${checkpoint.treeSize} entries are not the ones the checkpoint of ${checkpoint.issuedAt} signed`,
    };
  return {
    ok: true,
    fromSize: checkpoint.treeSize,
    toSize: size,
    issuedAt: checkpoint.issuedAt,
    rootHash: toHex(tree.root),
  };
}
