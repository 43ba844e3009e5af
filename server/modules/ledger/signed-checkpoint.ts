import {
  CHECKPOINT_FORMAT,
  type CheckpointClaims,
  type SignedCheckpoint,
} from '../../../domain/ledger/checkpoint.ts';
import { signCheckpoint, type LedgerSigningKey } from './signing-key.ts';

export function signedCheckpoint(
  key: LedgerSigningKey,
  organization: { slug: string },
  claims: CheckpointClaims,
): SignedCheckpoint {
  return {
    format: CHECKPOINT_FORMAT,
    ...claims,
    organizationSlug: organization.slug,
    keyId: key.keyId,
    publicKey: key.publicKeyPem,
    signature: signCheckpoint(key, claims),
  };
}
