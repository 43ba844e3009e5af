import { z } from 'zod';

import { signedCheckpointSchema } from '../domain/ledger/checkpoint.ts';
import { exportFormatQuery } from './export-format.ts';
import { nextCursorSchema, pageQuery, personRefSchema } from './shared.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const ledgerVerificationSchema = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headSeq: z.number().int(),
  firstBrokenSeq: z.number().int().optional(),
  problem: z.string().optional(),
});

export const checkpointsQuery = z.object({ ...pageQuery(200, 50) });

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
  nextCursor: nextCursorSchema,
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

/**
 * One ledger entry with every field its hash covers, so an auditor can recompute the chain outside
 * Leeway (docs/verify-ledger-export.mjs): hash = sha256(prevHash \n seq \n at \n kind \n actorId \n
 * resolutionId \n approvalId \n data as JSON with sorted keys), an absent id as the empty string.
 */
export const ledgerEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.iso.datetime(),
    kind: z.string(),
    actorId: z.uuid().nullable(),
    resolutionId: z.uuid().nullable(),
    approvalId: z.uuid().nullable(),
    data: z.record(z.string(), z.unknown()),
    prevHash: hex64,
    hash: hex64,
  })
  .meta({ id: 'LedgerEntry' });

/** GET /api/ledger/entries: in sequence order; `afterSeq` starts past an entry already held. */
export const ledgerEntriesQuery = z.object({
  from: z.iso.datetime().optional().describe('Recorded at or after this instant'),
  to: z.iso.datetime().optional().describe('Recorded before this instant'),
  afterSeq: z.coerce
    .number()
    .int()
    .min(0)
    .max(2_147_483_647)
    .optional()
    .describe('Only entries with a higher sequence number'),
  ...exportFormatQuery,
  ...pageQuery(1000, 200),
});

export const ledgerEntriesResponse = z.object({
  entries: z.array(ledgerEntrySchema),
  nextCursor: nextCursorSchema,
});

export { signedCheckpointSchema };
