import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  canonicalJson,
  GENESIS_HASH,
  ledgerEntryHash,
  verifyChain,
  type LedgerEntryContent,
} from './entry-hash.ts';
import { sha256Hex } from './sha256.ts';

describe('sha256', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it("matches Node's crypto on any text, including multi-block and non-ASCII", () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the hash chain', () => {
  const chain = (n: number) => {
    const entries: Array<LedgerEntryContent & { hash: string }> = [];
    let prev = GENESIS_HASH;
    for (let i = 1; i <= n; i++) {
      const content = {
        seq: i,
        at: new Date(Date.UTC(2026, 10, 20, 12, 0, i)),
        kind: 'resolution.requested',
        actorId: 'p',
        resolutionId: `r${i}`,
        approvalId: null,
        data: { amountMinor: i * 100, b: [1, { z: 1, a: 2 }] },
        prevHash: prev,
      };
      const hash = ledgerEntryHash(content);
      entries.push({ ...content, hash });
      prev = hash;
    }
    return entries;
  };

  it('hashes the same data the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }),
    );
  });

  it('verifies an intact chain', () => {
    expect(verifyChain(chain(50))).toEqual({ ok: true, entries: 50 });
  });

  it('names the first entry whose content, link or sequence was changed', () => {
    const edited = chain(10);
    edited[4] = { ...edited[4]!, data: { amountMinor: 1 } };
    expect(verifyChain(edited)).toMatchObject({
      ok: false,
      firstBrokenIndex: 4,
      problem: 'its content does not match its hash',
    });
    const removed = chain(10);
    removed.splice(6, 1);
    expect(verifyChain(removed)).toMatchObject({
      ok: false,
      firstBrokenIndex: 6,
      firstBrokenSeq: 7,
      problem: 'entry 7 is missing (the next one found is 8)',
    });
    const rehashed = chain(10);
    const forged = { ...rehashed[2]!, data: { amountMinor: 999 } };
    rehashed[2] = { ...forged, hash: ledgerEntryHash(forged) };
    // Rehashing the edited entry breaks the link of the next one.
    expect(verifyChain(rehashed)).toMatchObject({
      ok: false,
      firstBrokenIndex: 3,
      problem: 'it does not point at the entry before it',
    });
  });
});
