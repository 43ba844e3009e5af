import { z } from 'zod';

import { signedCheckpointSchema } from '../domain/ledger/checkpoint.ts';
import { pageLimit, personRefSchema } from './shared.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ledgerVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headSeq: z.number().int(),
  firstBrokenSeq: z.number().int().optional(),
  problem: z.string().optional(),
});

export const checkpointsQuery = z.object({ limit: pageLimit(200, 50) });

export const checkpointsResponse = z.object({
  checkpoints: z.array(
    z.object({
      treeSize: z.number().int(),
      rootHash: hex64,
      issuedAt: z.iso.datetime(),
      keyId: hex64,
      signature: z.string(),
      issuedBy: personRefSchema.nullable(),
    }),
  ),
});

export const ledgerSeqParam = z.object({
  seq: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, 'must be a sequence number (1 or more)')
    .transform(Number),
});

/** An entry's RFC 6962 inclusion proof in the ledger's tree as it is now, with a signed checkpoint of that tree. */
export const inclusionProofSchema = z.object({
  seq: z.number().int(),
  leafIndex: z.number().int(),
  entryHash: hex64,
  leafHash: hex64,
  treeSize: z.number().int(),
  rootHash: hex64,
  auditPath: z.array(hex64),
  checkpoint: signedCheckpointSchema,
});

export { signedCheckpointSchema };
