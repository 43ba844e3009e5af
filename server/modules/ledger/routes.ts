import { z } from 'zod';

import { signedCheckpointSchema } from '../../../domain/ledger/checkpoint.ts';
import type { AppContext } from '../../context.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorBodySchema } from '../../http/error-handler.ts';
import { issueLedgerCheckpoint } from './commands/issue-ledger-checkpoint.ts';
import { listLedgerCheckpoints } from './queries/list-ledger-checkpoints.ts';
import { proveLedgerEntry } from './queries/prove-ledger-entry.ts';
import { verifyLedger } from './queries/verify-ledger.ts';
import { loadLedgerSigningKey } from './signing-key.ts';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export function ledgerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/ledger/verify',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          "Re-check my organization's whole hash chain, and that it ends at the recorded head; name the first broken entry by its sequence number",
        response: {
          200: z.object({
            ok: z.boolean(),
            entries: z.number().int(),
            headSeq: z.number().int(),
            firstBrokenSeq: z.number().int().optional(),
            problem: z.string().optional(),
          }),
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) =>
      verifyLedger({ db: ctx.db, organizationId: principalOf(request).organizationId }),
  );

  app.get(
    '/api/ledger/checkpoint',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          "A signed checkpoint of my organization's ledger (tree size, Merkle root, time; Ed25519) for an auditor to keep and check later with `leeway ledger verify --checkpoint`",
        response: {
          200: signedCheckpointSchema,
          401: errorBodySchema,
          403: errorBodySchema,
          409: errorBodySchema,
          503: errorBodySchema,
        },
      },
    },
    async (request) => {
      const me = principalOf(request);
      return issueLedgerCheckpoint({
        db: ctx.db,
        organizationId: me.organizationId,
        key: loadLedgerSigningKey(ctx.config.ledgerSigningKey),
        now: ctx.now(),
        issuedBy: me.kind === 'person' ? me.personId : null,
      });
    },
  );

  app.get(
    '/api/ledger/checkpoints',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          'The checkpoints issued for my organization, newest first (an auditor keeps their own copy; this is the record of what was handed out)',
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
        response: {
          200: z.object({
            checkpoints: z.array(
              z.object({
                treeSize: z.number().int(),
                rootHash: hex64,
                issuedAt: z.iso.datetime(),
                keyId: hex64,
                signature: z.string(),
                issuedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
              }),
            ),
          }),
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => ({
      checkpoints: await listLedgerCheckpoints({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        limit: request.query.limit,
      }),
    }),
  );

  app.get(
    '/api/ledger/entries/:seq/proof',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          'The inclusion proof (RFC 6962 audit path) of the entry a receipt cites, in the tree of the ledger as it is now, with a signed checkpoint of that tree',
        params: z.object({
          seq: z
            .string()
            .regex(/^[1-9][0-9]{0,14}$/, 'must be a sequence number (1 or more)')
            .transform(Number),
        }),
        response: {
          200: z.object({
            seq: z.number().int(),
            leafIndex: z.number().int(),
            entryHash: hex64,
            leafHash: hex64,
            treeSize: z.number().int(),
            rootHash: hex64,
            auditPath: z.array(hex64),
            checkpoint: signedCheckpointSchema,
          }),
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
          503: errorBodySchema,
        },
      },
    },
    async (request) => {
      const me = principalOf(request);
      return proveLedgerEntry({
        db: ctx.db,
        organizationId: me.organizationId,
        seq: request.params.seq,
        key: loadLedgerSigningKey(ctx.config.ledgerSigningKey),
        now: ctx.now(),
      });
    },
  );
}
