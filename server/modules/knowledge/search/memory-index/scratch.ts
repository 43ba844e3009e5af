import type { OrgIndex } from './org-index.ts';

/** Per-slot numbers with the list of slots set, so clearing costs what was written, not the index's size. */
export class SlotNumbers {
  values: Float64Array;
  readonly slots: number[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
  }

  /** 0 when unset (every value a search writes is positive). */
  get(slot: number): number {
    return this.values[slot]!;
  }

  set(slot: number, value: number): void {
    if (this.values[slot] === 0) this.slots.push(slot);
    this.values[slot] = value;
  }

  add(slot: number, value: number): void {
    if (this.values[slot] === 0) this.slots.push(slot);
    this.values[slot]! += value;
  }

  clear(): void {
    for (const slot of this.slots) this.values[slot] = 0;
    this.slots.length = 0;
  }
}

const scratches = new WeakMap<OrgIndex, Scratch>();

/** The arrays one search fills, kept per index and sized to it: a search allocates almost nothing. */
export class Scratch {
  readonly total: SlotNumbers;
  readonly covered: SlotNumbers;
  readonly best: SlotNumbers;
  readonly termRank: SlotNumbers;

  private constructor(readonly size: number) {
    this.total = new SlotNumbers(size);
    this.covered = new SlotNumbers(size);
    this.best = new SlotNumbers(size);
    this.termRank = new SlotNumbers(size);
  }

  static of(index: OrgIndex): Scratch {
    let scratch = scratches.get(index);
    if (!scratch || scratch.size < index.ids.length) {
      scratch = new Scratch(Math.max(1024, index.ids.length * 2));
      scratches.set(index, scratch);
    }
    return scratch;
  }

  clear(): void {
    for (const numbers of [this.total, this.covered, this.best, this.termRank]) numbers.clear();
  }
}
