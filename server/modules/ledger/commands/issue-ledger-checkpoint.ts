import { type SignedCheckpoint } from '../../../../domain/ledger/checkpoint.ts';
import { toHex } from '../../../../domain/ledger/merkle.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { ledgerHeadSeq } from '../queries/ledger-head-seq.ts';
import { readLedgerTree } from '../queries/read-ledger-tree.ts';
import { verifyLedger } from '../queries/verify-ledger.ts';
import { signedCheckpoint } from '../signed-checkpoint.ts';
import { type LedgerSigningKey } from '../signing-key.ts';

/**
 * Signs "this organization's ledger has N entries with this Merkle root" for its current head. The root
 * pins every entry's hash; the hash chain pins each entry's content to its hash, so a checkpoint and a
 * later `verify` together cover the whole ledger, whenever the checkpoint was taken. A ledger missing
 * entries below its head, or that does not verify, gets no checkpoint. Each one issued is recorded (`ledger_checkpoints`), so
 * admins see what was handed out; the auditor's copy, out of the database's reach, is the proof.
 */
export async function issueLedgerCheckpoint(options: {
  db: Db;
  organizationId: string;
  key: LedgerSigningKey;
  now: Date;
  issuedBy: string | null;
}): Promise<SignedCheckpoint> {
  const organization = await options.db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('id', '=', options.organizationId)
    .executeTakeFirst();
  if (!organization) throw AppError.notFound('Organization');
  // Signing vouches for the ledger as it stands: one whose chain no longer verifies (its tail cut and
  // its head moved back, or below an earlier checkpoint) must not get a fresh signature that hides it.
  const verified = await verifyLedger({ db: options.db, organizationId: organization.id });
  if (!verified.ok) {
    const where = verified.firstBrokenSeq === undefined ? '' : ` at seq ${verified.firstBrokenSeq}`;
    throw new AppError(
      'conflict',
      `The ledger is broken${where} (${verified.problem}); no checkpoint is signed for it`,
    );
  }
  const size = await ledgerHeadSeq(options.db, organization.id);
  const tree = await readLedgerTree({ db: options.db, organizationId: organization.id, size });
  if (!tree.ok)
    throw new AppError(
      'conflict',
      `The ledger is broken at seq ${tree.missingSeq} (${tree.problem}); no checkpoint is signed for it`,
    );
  const signed = signedCheckpoint(options.key, organization, {
    organizationId: organization.id,
    treeSize: size,
    rootHash: toHex(tree.root),
    issuedAt: options.now.toISOString(),
  });
  await options.db
    .insertInto('ledgerCheckpoints')
    .values({
      organizationId: organization.id,
      treeSize: signed.treeSize,
      rootHash: signed.rootHash,
      issuedAt: options.now,
      keyId: signed.keyId,
      signature: signed.signature,
      issuedBy: options.issuedBy,
    })
    .execute();
  return signed;
}
