import type { Transaction } from 'kysely';
import { GENESIS_HASH, ledgerEntryHash } from '../../../../domain/ledger/entry-hash.ts';
import type { Database } from '../../../db/schema.ts';

export type LedgerKind =
  | 'policy.published'
  | 'resolution.requested'
  | 'resolution.granted_within_authority'
  | 'resolution.unused_authority'
  | 'resolution.not_allowed'
  | 'approval.routed'
  | 'approval.escalated'
  | 'approval.approved'
  | 'approval.reduced'
  | 'approval.denied'
  | 'approval.cancelled';

export type NewLedgerEntry = {
  kind: LedgerKind;
  at: Date;
  actorId: string | null;
  resolutionId?: string | null;
  approvalId?: string | null;
  data: Record<string, unknown>;
};

/**
 * Appends entries to the organization's chain inside the caller's transaction. Locking the head row
 * orders concurrent appends, so sequence numbers have no gaps and each entry links to its predecessor.
 * Callers append last, just before commit (after recording events), to hold that lock as briefly as possible.
 */
export async function appendLedgerEntries(trx: Transaction<Database>, organizationId: string, entries: NewLedgerEntry[]): Promise<Array<{ seq: number; hash: string }>> {
  if (entries.length === 0) return [];
  const lockHead = () => trx.selectFrom('ledgerHeads').select(['seq', 'hash']).where('organizationId', '=', organizationId).forUpdate().executeTakeFirst();
  let head = await lockHead();
  if (!head) {
    // An organization's first entry starts its chain.
    await trx.insertInto('ledgerHeads').values({ organizationId, seq: 0, hash: GENESIS_HASH }).onConflict((oc) => oc.column('organizationId').doNothing()).execute();
    head = (await lockHead())!;
  }
  let seq = head.seq;
  let prevHash = head.hash;
  const rows = entries.map((entry) => {
    seq++;
    // Whole milliseconds: what a timestamptz round trip gives back, so the hash verifies later.
    const at = new Date(Math.floor(entry.at.getTime()));
    const content = { seq, at, kind: entry.kind, actorId: entry.actorId, resolutionId: entry.resolutionId ?? null, approvalId: entry.approvalId ?? null, data: entry.data, prevHash };
    const hash = ledgerEntryHash(content);
    prevHash = hash;
    return { organizationId, ...content, data: JSON.stringify(entry.data), hash };
  });
  // One statement for the entries and the new head: the head's lock is held for as few round trips as possible.
  await trx
    .with('appended', (db) => db.insertInto('ledgerEntries').values(rows).returning('id'))
    .updateTable('ledgerHeads')
    .set({ seq, hash: prevHash })
    .where('organizationId', '=', organizationId)
    .execute();
  return rows.map((r) => ({ seq: r.seq, hash: r.hash }));
}
