import {
  checkpointsQuery,
  checkpointsResponse,
  inclusionProofSchema,
  ledgerEntriesQuery,
  ledgerEntriesResponse,
  ledgerSeqParam,
  ledgerVerificationSchema,
  signedCheckpointSchema,
} from '../../../contract/ledger.ts';
import type { AppContext } from '../../context.ts';
import { EXPORT_BATCH, exportFormatOf, pagedRows } from '../../exporting/export-stream.ts';
import { sendExport } from '../../exporting/send-export.ts';
import type { ApiApp } from '../../http/api-app.ts';
import { principalOf } from '../../http/auth.ts';
import { errorResponses } from '../../http/responses.ts';
import { issueLedgerCheckpoint } from './commands/issue-ledger-checkpoint.ts';
import { ledgerCsvColumns, presentLedgerCsvRecord, presentLedgerEntry } from './presenter.ts';
import { listLedgerCheckpoints } from './queries/list-ledger-checkpoints.ts';
import { pageLedgerEntries } from './queries/page-ledger-entries.ts';
import { proveLedgerEntry } from './queries/prove-ledger-entry.ts';
import { verifyLedger } from './queries/verify-ledger.ts';
import { loadLedgerSigningKey } from './signing-key.ts';

export function ledgerRoutes(app: ApiApp, ctx: AppContext) {
  app.get(
    '/api/ledger/entries',
    {
      config: { access: 'ledger.export' },
      schema: {
        tags: ['ledger'],
        summary: "My organization's ledger entries in sequence order, with their hashes",
        description:
          'A JSON page by default (`nextCursor` pages on). With `Accept: application/x-ndjson` or `Accept: text/csv` (or `format=jsonl`/`csv`) every ' +
          'matching entry from `cursor` on, streamed. docs/verify-ledger-export.mjs re-verifies a JSON Lines export.',
        querystring: ledgerEntriesQuery,
        produces: ['application/json', 'text/csv', 'application/x-ndjson'],
        response: { 200: ledgerEntriesResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { organizationId } = principalOf(request);
      const { cursor, limit, from, to, afterSeq, format: asked } = request.query;
      const filter = {
        ...(from ? { from: new Date(from) } : {}),
        ...(to ? { to: new Date(to) } : {}),
        ...(afterSeq !== undefined ? { afterSeq } : {}),
      };
      const page = (at: string | undefined, size: number) =>
        pageLedgerEntries({
          db: ctx.db,
          organizationId,
          filter,
          ...(at ? { cursor: at } : {}),
          limit: size,
        });
      const format = exportFormatOf(request.headers.accept, asked);
      if (!format) {
        const { rows, nextCursor } = await page(cursor, limit);
        return { entries: rows.map(presentLedgerEntry), nextCursor };
      }
      // ?format= is a download link's, whose download attribute names the file.
      return sendExport(reply, format, asked ? null : 'ledger', {
        rows: await pagedRows((at) => page(at, EXPORT_BATCH), cursor),
        columns: ledgerCsvColumns,
        csvRecord: presentLedgerCsvRecord,
        jsonLine: presentLedgerEntry,
      });
    },
  );

  app.get(
    '/api/ledger/verify',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          "Re-check my organization's whole hash chain, and that it ends at the recorded head; name the first broken entry by its sequence number",
        response: {
          200: ledgerVerificationSchema,
          ...errorResponses(401, 403),
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
          ...errorResponses(401, 403, 409, 503),
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
        querystring: checkpointsQuery,
        response: {
          200: checkpointsResponse,
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { cursor, limit } = request.query;
      const page = await listLedgerCheckpoints({
        db: ctx.db,
        organizationId: principalOf(request).organizationId,
        ...(cursor ? { cursor } : {}),
        limit,
      });
      return { checkpoints: page.rows, nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/ledger/entries/:seq/proof',
    {
      config: { access: 'ledger.verify' },
      schema: {
        tags: ['ledger'],
        summary:
          'The inclusion proof (RFC 6962 audit path) of the entry a receipt cites, in the tree of the ledger as it is now, with a signed checkpoint of that tree',
        params: ledgerSeqParam,
        response: {
          200: inclusionProofSchema,
          ...errorResponses(400, 401, 403, 404, 409, 503),
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
