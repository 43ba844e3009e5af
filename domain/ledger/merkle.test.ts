import { createHash } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  consistencyProof,
  EMPTY_TREE_ROOT,
  fromHex,
  inclusionProof,
  leafHash,
  merkleTreeHash,
  toHex,
  verifyConsistency,
  verifyInclusion,
  type Hash,
} from './merkle.ts';

/** MTH exactly as RFC 6962 §2.1 writes it, recursively, with Node's SHA-256: what the one-pass code must agree with. */
function referenceRoot(leaves: Uint8Array[]): string {
  const h = (...parts: Uint8Array[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
  const mth = (d: Uint8Array[]): Buffer => {
    if (d.length === 0) return h();
    if (d.length === 1) return h(Uint8Array.of(0), d[0]!);
    let k = 1;
    while (k * 2 < d.length) k *= 2;
    return h(Uint8Array.of(1), mth(d.slice(0, k)), mth(d.slice(k)));
  };
  return mth(leaves).toString('hex');
}

/** The leaves of the certificate-transparency test vectors, and the roots of their first 1…8. */
const vectorLeaves = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map(fromHex);
const vectorRoots = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** Ledger-like leaves: distinct 32-byte entry hashes (the chain makes each entry's hash unique). */
const leavesArb = (minLength = 1) =>
  fc.uniqueArray(fc.uint8Array({ minLength: 32, maxLength: 32 }), {
    minLength,
    maxLength: 70,
    selector: toHex,
  });

const flipped = (hash: Hash, bit: number): Hash => {
  const copy = Uint8Array.from(hash);
  copy[Math.floor(bit / 8) % copy.length]! ^= 1 << (bit % 8);
  return copy;
};

describe('the Merkle tree (RFC 6962)', () => {
  it('gives the published roots, and the hash of nothing for an empty tree', () => {
    expect(toHex(merkleTreeHash([]))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(EMPTY_TREE_ROOT).toEqual(merkleTreeHash([]));
    for (let n = 1; n <= vectorLeaves.length; n++)
      expect(toHex(merkleTreeHash(vectorLeaves.slice(0, n))), `${n} leaves`).toBe(
        vectorRoots[n - 1],
      );
  });

  it('agrees with the recursive definition on any leaves', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 90 }), (leaves) => {
        expect(toHex(merkleTreeHash(leaves))).toBe(referenceRoot(leaves));
      }),
      { numRuns: 200 },
    );
  });

  it('verifies every inclusion proof, with O(log n) hashes', () => {
    fc.assert(
      fc.property(leavesArb(), fc.nat(), (leaves, pick) => {
        const index = pick % leaves.length;
        const path = inclusionProof(leaves, index);
        expect(path.length).toBeLessThanOrEqual(Math.ceil(Math.log2(leaves.length)));
        expect(
          verifyInclusion({
            leafHash: leafHash(leaves[index]!),
            index,
            size: leaves.length,
            path,
            root: merkleTreeHash(leaves),
          }),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses an inclusion proof for a changed leaf, root or path, or another index', () => {
    fc.assert(
      fc.property(leavesArb(2), fc.nat(), fc.nat(255), (leaves, pick, bit) => {
        const index = pick % leaves.length;
        const root = merkleTreeHash(leaves);
        const path = inclusionProof(leaves, index);
        const leaf = leafHash(leaves[index]!);
        expect(
          verifyInclusion({ leafHash: flipped(leaf, bit), index, size: leaves.length, path, root }),
        ).toBe(false);
        expect(
          verifyInclusion({
            leafHash: leaf,
            index,
            size: leaves.length,
            path,
            root: flipped(root, bit),
          }),
        ).toBe(false);
        const step = bit % path.length;
        expect(
          verifyInclusion({
            leafHash: leaf,
            index,
            size: leaves.length,
            path: path.map((p, i) => (i === step ? flipped(p, bit) : p)),
            root,
          }),
        ).toBe(false);
        expect(
          verifyInclusion({
            leafHash: leaf,
            index,
            size: leaves.length,
            path: path.slice(1),
            root,
          }),
        ).toBe(false);
        expect(
          verifyInclusion({
            leafHash: leaf,
            index: (index + 1) % leaves.length,
            size: leaves.length,
            path,
            root,
          }),
        ).toBe(false);
        expect(
          verifyInclusion({
            leafHash: leaf,
            index: leaves.length,
            size: leaves.length,
            path,
            root,
          }),
        ).toBe(false);
        // (The size is bound to the root by the signed checkpoint, not by the path.)
        // A leaf of the same tree passed off as an inner node: the 0x00 / 0x01 prefixes keep them apart.
        expect(
          verifyInclusion({ leafHash: leaves[index]!, index, size: leaves.length, path, root }),
        ).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('verifies the consistency proof between any m ≤ n', () => {
    fc.assert(
      fc.property(leavesArb(0), fc.nat(), (leaves, pick) => {
        const m = pick % (leaves.length + 1);
        const proof = consistencyProof(leaves, m);
        expect(proof.length).toBeLessThanOrEqual(
          Math.ceil(Math.log2(Math.max(leaves.length, 1))) + 1,
        );
        expect(
          verifyConsistency({
            oldSize: m,
            newSize: leaves.length,
            oldRoot: merkleTreeHash(leaves.slice(0, m)),
            newRoot: merkleTreeHash(leaves),
            proof,
          }),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses consistency when an early leaf changed, a leaf was dropped, or the proof was altered', () => {
    fc.assert(
      fc.property(leavesArb(2), fc.nat(), fc.nat(), fc.nat(255), (leaves, pickM, pickLeaf, bit) => {
        const m = 1 + (pickM % (leaves.length - 1)); // 1 ≤ m < n
        const oldRoot = merkleTreeHash(leaves.slice(0, m));
        // The ledger was rewritten: one of the first m leaves is not what the old tree held.
        const rewritten = leaves.map((leaf, i) => (i === pickLeaf % m ? flipped(leaf, bit) : leaf));
        expect(
          verifyConsistency({
            oldSize: m,
            newSize: leaves.length,
            oldRoot,
            newRoot: merkleTreeHash(rewritten),
            proof: consistencyProof(rewritten, m),
          }),
        ).toBe(false);
        // Truncated and regrown: the m-th leaf is gone, the tree grew past it again.
        const dropped = [...leaves.slice(0, m - 1), ...leaves.slice(m)];
        if (dropped.length >= m && toHex(dropped[m - 1]!) !== toHex(leaves[m - 1]!)) {
          expect(
            verifyConsistency({
              oldSize: m,
              newSize: dropped.length,
              oldRoot,
              newRoot: merkleTreeHash(dropped),
              proof: consistencyProof(dropped, m),
            }),
          ).toBe(false);
        }
        const proof = consistencyProof(leaves, m);
        const newRoot = merkleTreeHash(leaves);
        expect(
          verifyConsistency({
            oldSize: m,
            newSize: leaves.length,
            oldRoot: flipped(oldRoot, bit),
            newRoot,
            proof,
          }),
        ).toBe(false);
        expect(
          verifyConsistency({
            oldSize: m,
            newSize: leaves.length,
            oldRoot,
            newRoot: flipped(newRoot, bit),
            proof,
          }),
        ).toBe(false);
        if (proof.length > 0) {
          const step = bit % proof.length;
          expect(
            verifyConsistency({
              oldSize: m,
              newSize: leaves.length,
              oldRoot,
              newRoot,
              proof: proof.map((p, i) => (i === step ? flipped(p, bit) : p)),
            }),
          ).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a tree that shrank, and a proof between equal sizes with different roots', () => {
    const leaves = vectorLeaves;
    const root = merkleTreeHash(leaves);
    expect(
      verifyConsistency({
        oldSize: 8,
        newSize: 5,
        oldRoot: root,
        newRoot: merkleTreeHash(leaves.slice(0, 5)),
        proof: [],
      }),
    ).toBe(false);
    expect(
      verifyConsistency({ oldSize: 8, newSize: 8, oldRoot: root, newRoot: root, proof: [] }),
    ).toBe(true);
    expect(
      verifyConsistency({
        oldSize: 8,
        newSize: 8,
        oldRoot: root,
        newRoot: merkleTreeHash(leaves.slice(0, 7)),
        proof: [],
      }),
    ).toBe(false);
    expect(
      verifyConsistency({
        oldSize: 0,
        newSize: 8,
        oldRoot: EMPTY_TREE_ROOT,
        newRoot: root,
        proof: [],
      }),
    ).toBe(true);
  });
});
