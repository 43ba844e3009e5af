import type { Db } from '../../../db/database.ts';
import { keyset, pageOf } from '../../../db/keyset.ts';

export type LedgerEntryFilter = { from?: Date; to?: Date; afterSeq?: number };

/** The sequence number is the chain's own order, unique and never reused in an organization. */
const keys = keyset('ledger-entries', ['int']);

/** One page of an organization's ledger, in sequence order, with everything each hash covers. */
export async function pageLedgerEntries(options: {
  db: Db;
  organizationId: string;
  filter: LedgerEntryFilter;
  cursor?: string;
  limit: number;
}) {
  const { filter } = options;
  const after = keys.decode(options.cursor);
  const afterSeq = Math.max(after?.[0] ?? 0, filter.afterSeq ?? 0);
  let query = options.db
    .selectFrom('ledgerEntries')
    .select([
      'seq',
      'at',
      'kind',
      'actorId',
      'resolutionId',
      'approvalId',
      'data',
      'prevHash',
      'hash',
    ])
    .where('organizationId', '=', options.organizationId)
    .where('seq', '>', afterSeq);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  const rows = await query
    .orderBy('seq')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.seq]));
}

export type LedgerEntryRow = Awaited<ReturnType<typeof pageLedgerEntries>>['rows'][number];
