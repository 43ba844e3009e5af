/**
 * The articles holding one lexeme, with what the lexeme adds to each one's rank: two growable typed
 * arrays, 8 bytes an entry. An article that changes is appended again under a new slot and its old
 * slot marked dead (org-index.ts), so a list only grows until the index compacts.
 */
export class Postings {
  docs: Int32Array;
  contributions: Float32Array;
  length = 0;

  constructor(capacity = 4) {
    this.docs = new Int32Array(capacity);
    this.contributions = new Float32Array(capacity);
  }

  push(doc: number, contribution: number): void {
    if (this.length === this.docs.length) {
      const docs = new Int32Array(this.length * 2);
      docs.set(this.docs);
      const contributions = new Float32Array(this.length * 2);
      contributions.set(this.contributions);
      this.docs = docs;
      this.contributions = contributions;
    }
    this.docs[this.length] = doc;
    this.contributions[this.length] = contribution;
    this.length++;
  }
}
