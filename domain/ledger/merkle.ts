import { sha256 } from './sha256.ts';

/**
 * The Merkle hash tree of RFC 6962 §2.1 (the same tree RFC 9162 §2.1 keeps), over the ledger's entry
 * hashes in sequence order: a checkpoint's root commits to every entry before it, an inclusion proof
 * shows one entry is in a tree of a given root, and a consistency proof shows a tree of n leaves
 * begins with the tree of m a checkpoint recorded, each proof with O(log n) hashes.
 *
 *   MTH({})      = SHA-256()
 *   MTH({d0})    = SHA-256(0x00 || d0)
 *   MTH(D[n])    = SHA-256(0x01 || MTH(D[0:k]) || MTH(D[k:n])), k the largest power of two < n
 *
 * The 0x00 and 0x01 prefixes keep a leaf from ever passing for an inner node (second preimages).
 * Proofs are computed in one pass over the leaves: the audit path and the consistency proof are the
 * roots of known ranges of leaves (`inclusionProofRanges`, `consistencyProofRanges`), which
 * `MerkleWalk` hashes as the leaves stream by, holding O(log n) hashes rather than the whole tree.
 */
export type Hash = Uint8Array;

/** A range of leaf indexes, start included, end excluded. */
export type LeafRange = readonly [start: number, end: number];

export const EMPTY_TREE_ROOT: Hash = sha256(new Uint8Array(0));

export function leafHash(leaf: Uint8Array): Hash {
  const input = new Uint8Array(leaf.length + 1);
  input[0] = 0x00;
  input.set(leaf, 1);
  return sha256(input);
}

export function nodeHash(left: Hash, right: Hash): Hash {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = 0x01;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return sha256(input);
}

/** The k of MTH: the largest power of two smaller than n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** RFC 6962 §2.1.1 PATH(m, D[n]): the ranges whose roots, in this order, are leaf m's audit path. */
export function inclusionProofRanges(index: number, size: number): LeafRange[] {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  const path: LeafRange[] = [];
  const walk = (m: number, lo: number, hi: number) => {
    const n = hi - lo;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, lo, lo + k);
      path.push([lo + k, hi]);
    } else {
      walk(m - k, lo + k, hi);
      path.push([lo, lo + k]);
    }
  };
  walk(index, 0, size);
  return path;
}

/** RFC 6962 §2.1.2 PROOF(m, D[n]) = SUBPROOF(m, D[n], true): the ranges whose roots are the proof. Empty when m is 0 or n. */
export function consistencyProofRanges(oldSize: number, newSize: number): LeafRange[] {
  if (
    !Number.isSafeInteger(oldSize) ||
    !Number.isSafeInteger(newSize) ||
    oldSize < 0 ||
    oldSize > newSize
  )
    throw new RangeError(`no consistency proof from ${oldSize} to ${newSize} leaves`);
  const proof: LeafRange[] = [];
  if (oldSize === 0 || oldSize === newSize) return proof;
  const subproof = (m: number, lo: number, hi: number, complete: boolean) => {
    const n = hi - lo;
    if (m === n) {
      if (!complete) proof.push([lo, hi]);
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      subproof(m, lo, lo + k, complete);
      proof.push([lo + k, hi]);
    } else {
      subproof(m - k, lo + k, hi, false);
      proof.push([lo, lo + k]);
    }
  };
  subproof(oldSize, 0, newSize, true);
  return proof;
}

/**
 * The root of leaves appended one at a time, holding one perfect subtree per bit of the count: the
 * RFC's left-heavy split makes MTH(D[n]) those subtrees folded from the right.
 */
export class MerkleRoot {
  private readonly stack: Array<{ size: number; hash: Hash }> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Appends a leaf already hashed with `leafHash`. */
  push(leafHashValue: Hash): void {
    let node = { size: 1, hash: leafHashValue };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.size === node.size) {
      const left = this.stack.pop()!;
      node = { size: left.size * 2, hash: nodeHash(left.hash, node.hash) };
    }
    this.stack.push(node);
    this.count++;
  }

  root(): Hash {
    if (this.stack.length === 0) return EMPTY_TREE_ROOT;
    let hash = this.stack[this.stack.length - 1]!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) hash = nodeHash(this.stack[i]!.hash, hash);
    return hash;
  }
}

/**
 * One pass over a tree's leaves, in order: the root of the whole tree, and the root of each range
 * asked for (a proof's ranges never overlap), so a proof costs O(n) hashing and O(log n) memory.
 */
export class MerkleWalk {
  private readonly tree = new MerkleRoot();
  private readonly ranges: Array<{ range: LeafRange; root: MerkleRoot }>;
  private readonly byStart: Array<{ range: LeafRange; root: MerkleRoot }>;
  private cursor = 0;
  private readonly kept = new Map<number, Hash>();

  constructor(
    readonly size: number,
    ranges: readonly LeafRange[] = [],
    /** Leaf indexes whose leaf hash to keep (e.g. the one an inclusion proof is for). */
    private readonly keep: ReadonlySet<number> = new Set(),
  ) {
    this.ranges = ranges.map((range) => ({ range, root: new MerkleRoot() }));
    this.byStart = [...this.ranges].sort((a, b) => a.range[0] - b.range[0]);
  }

  /** The next leaf's data (for the ledger: an entry's 32-byte hash). */
  add(leaf: Uint8Array): void {
    const index = this.tree.size;
    if (index >= this.size) throw new RangeError(`the tree has ${this.size} leaves`);
    const hashed = leafHash(leaf);
    this.tree.push(hashed);
    if (this.keep.has(index)) this.kept.set(index, hashed);
    while (this.cursor < this.byStart.length && this.byStart[this.cursor]!.range[1] <= index)
      this.cursor++;
    const current = this.byStart[this.cursor];
    if (current && current.range[0] <= index) current.root.push(hashed);
  }

  get added(): number {
    return this.tree.size;
  }

  /** The tree's root and each range's root, in the order the ranges were given; every leaf must have been added. */
  finish(): { root: Hash; rangeRoots: Hash[]; leafHashes: Map<number, Hash> } {
    if (this.tree.size !== this.size)
      throw new RangeError(`${this.tree.size} of ${this.size} leaves were added`);
    return {
      root: this.tree.root(),
      rangeRoots: this.ranges.map((r) => r.root.root()),
      leafHashes: this.kept,
    };
  }
}

/** MTH(D[n]) of leaves held in memory. */
export function merkleTreeHash(leaves: readonly Uint8Array[]): Hash {
  const walk = new MerkleWalk(leaves.length);
  for (const leaf of leaves) walk.add(leaf);
  return walk.finish().root;
}

/** The audit path of leaf `index` in the tree of all `leaves`. */
export function inclusionProof(leaves: readonly Uint8Array[], index: number): Hash[] {
  const walk = new MerkleWalk(leaves.length, inclusionProofRanges(index, leaves.length));
  for (const leaf of leaves) walk.add(leaf);
  return walk.finish().rangeRoots;
}

/** The proof that the tree of the first `oldSize` leaves is a prefix of the tree of all `leaves`. */
export function consistencyProof(leaves: readonly Uint8Array[], oldSize: number): Hash[] {
  const walk = new MerkleWalk(leaves.length, consistencyProofRanges(oldSize, leaves.length));
  for (const leaf of leaves) walk.add(leaf);
  return walk.finish().rangeRoots;
}

const isOdd = (n: number) => n % 2 === 1;
const half = (n: number) => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2: does `path` lead from leaf `index` (hashed with `leafHash`) to `root` in a tree of `size`? */
export function verifyInclusion(options: {
  leafHash: Hash;
  index: number;
  size: number;
  path: readonly Hash[];
  root: Hash;
}): boolean {
  const { index, size, path } = options;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return false;
  let fn = index;
  let sn = size - 1;
  let r = options.leafHash;
  for (const p of path) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalHashes(r, options.root);
}

/**
 * RFC 9162 §2.1.4.2: does `proof` show the tree of `oldSize` leaves with root `oldRoot` is the start
 * of the tree of `newSize` leaves with root `newRoot`? Equal sizes need equal roots and an empty
 * proof; every tree extends the empty one.
 */
export function verifyConsistency(options: {
  oldSize: number;
  newSize: number;
  oldRoot: Hash;
  newRoot: Hash;
  proof: readonly Hash[];
}): boolean {
  const { oldSize, newSize, oldRoot, newRoot } = options;
  if (
    !Number.isSafeInteger(oldSize) ||
    !Number.isSafeInteger(newSize) ||
    oldSize < 0 ||
    oldSize > newSize
  )
    return false;
  if (oldSize === newSize) return options.proof.length === 0 && equalHashes(oldRoot, newRoot);
  if (oldSize === 0) return options.proof.length === 0 && equalHashes(oldRoot, EMPTY_TREE_ROOT);
  if (options.proof.length === 0) return false;
  const proof = isPowerOfTwo(oldSize) ? [oldRoot, ...options.proof] : [...options.proof];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = proof[0]!;
  let sr = proof[0]!;
  for (const c of proof.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && equalHashes(fr, oldRoot) && equalHashes(sr, newRoot);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

export function equalHashes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Bytes of a lowercase or uppercase hex string; throws on anything else. */
export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new RangeError('not a hex string');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
