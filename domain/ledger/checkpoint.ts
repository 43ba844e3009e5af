import { z } from 'zod';

/**
 * A signed checkpoint: "organization X's ledger had N entries with this Merkle root at this time",
 * signed with the deployment's Ed25519 key. An auditor keeps it; later, a consistency proof shows the
 * ledger still begins with those N entries (it only grew), and an inclusion proof shows a receipt's
 * entry is in a tree whose root a checkpoint signed.
 */
export const CHECKPOINT_FORMAT = 'leeway-ledger-checkpoint/1';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits');

export const signedCheckpointSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  organizationId: z.uuid(),
  organizationSlug: z.string(),
  treeSize: z.number().int().min(0),
  rootHash: hex64,
  issuedAt: z.iso.datetime(),
  /** SHA-256 of the public key's DER (SubjectPublicKeyInfo), to tell keys apart. */
  keyId: hex64,
  /** The signer's public key (PEM, SPKI). Trust it only if it is the key you expect. */
  publicKey: z.string().min(1),
  /** Ed25519 signature of `checkpointStatement(...)`'s UTF-8 bytes, base64. */
  signature: z.string().min(1),
});

export type SignedCheckpoint = z.infer<typeof signedCheckpointSchema>;

export type CheckpointClaims = Pick<
  SignedCheckpoint,
  'organizationId' | 'treeSize' | 'rootHash' | 'issuedAt'
>;

/**
 * The exact text that is signed: one claim a line, so no field can run into another and the statement
 * means the same to anyone who re-creates it (the slug is a label and is not signed; the id is).
 */
export function checkpointStatement(claims: CheckpointClaims): string {
  return [
    CHECKPOINT_FORMAT,
    `organization ${claims.organizationId}`,
    `tree size ${claims.treeSize}`,
    `root ${claims.rootHash}`,
    `issued at ${claims.issuedAt}`,
    '',
  ].join('\n');
}
