import { sha256Hex } from './sha256.ts';

/** The fields of a ledger entry that its hash covers; `prevHash` chains it to the entry before. */
export type LedgerEntryContent = {
  seq: number;
  at: Date;
  kind: string;
  actorId: string | null;
  resolutionId: string | null;
  approvalId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
};

/** The first entry of an organization's chain points at this. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every depth, so the same data always hashes the same after a database round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of `prevHash \n seq \n tail`: the database chains new entries with the same formula (write_events_and_ledger). */
export function ledgerEntryHash(entry: LedgerEntryContent): string {
  return sha256Hex(`${entry.prevHash}\n${entry.seq}\n${ledgerEntryTail(entry)}`);
}

/** Everything an entry's hash covers besides its place in the chain, in the form that is hashed. */
export function ledgerEntryTail(entry: Omit<LedgerEntryContent, 'seq' | 'prevHash'>): string {
  return [
    entry.at.toISOString(),
    entry.kind,
    entry.actorId ?? '',
    entry.resolutionId ?? '',
    entry.approvalId ?? '',
    canonicalJson(entry.data),
  ].join('\n');
}

/**
 * `firstBrokenSeq` is the sequence number the chain should have at the break (what receipts cite):
 * for a gap it is the first missing one, not the number of the entry found in its place.
 */
export type ChainCheck =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      firstBrokenIndex: number;
      firstBrokenSeq: number;
      problem: string;
    };

/** Walks entries in sequence order and names the first whose hash, link or sequence number is wrong. */
export function verifyChain(
  entries: Iterable<LedgerEntryContent & { hash: string }>,
  start = { seq: 0, hash: GENESIS_HASH },
): ChainCheck {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  let index = 0;
  for (const entry of entries) {
    const broken = (problem: string): ChainCheck => ({
      ok: false,
      entries: index,
      firstBrokenIndex: index,
      firstBrokenSeq: expectedSeq,
      problem,
    });
    if (entry.seq !== expectedSeq)
      return broken(`entry ${expectedSeq} is missing (the next one found is ${entry.seq})`);
    if (entry.prevHash !== prev) return broken('it does not point at the entry before it');
    if (ledgerEntryHash(entry) !== entry.hash) return broken('its content does not match its hash');
    prev = entry.hash;
    expectedSeq++;
    index++;
  }
  return { ok: true, entries: index };
}
