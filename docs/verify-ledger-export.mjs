// Re-verifies a Leeway ledger export with Node alone (no Leeway code). An entry's hash is the sha256
// of its prevHash, seq, at, kind, actorId, resolutionId, approvalId (absent: empty) and data (JSON,
// keys sorted), one per line; each entry points at the hash before it, the first at 64 zeros.
//   curl -H 'Accept: application/x-ndjson' -H "Authorization: Bearer …" …/api/ledger/entries > ledger.jsonl
//   node docs/verify-ledger-export.mjs < ledger.jsonl     (exit 0 intact, 1 names the first broken entry)
// An export from ?afterSeq= on is checked from its first entry's prevHash: compare the last hash printed
// with a signed checkpoint or a receipt you hold.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';

// Keys sorted as text, by hand: a rebuilt object would put "9" before "10", whatever order they came in.
const canon = (v) =>
  v === null || typeof v !== 'object'
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(canon)}]`
      : `{${Object.keys(v)
          .filter((k) => v[k] !== undefined)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canon(v[k])}`)}}`;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
let prev, seq;
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const e = JSON.parse(line);
  [prev, seq] =
    seq === undefined ? [e.seq === 1 ? '0'.repeat(64) : e.prevHash, e.seq - 1] : [prev, seq];
  const ids = [e.actorId, e.resolutionId, e.approvalId].map((id) => id ?? '');
  const hash = sha256([e.prevHash, e.seq, e.at, e.kind, ...ids, canon(e.data)].join('\n'));
  if (e.seq !== seq + 1 || e.prevHash !== prev || hash !== e.hash) {
    console.error(`BROKEN at entry ${seq + 1}`);
    process.exit(1);
  }
  [prev, seq] = [e.hash, e.seq];
}
process.stdout.write(
  seq === undefined ? 'ok: no entries\n' : `ok: up to entry ${seq}, last hash ${prev}\n`,
);
