import type { ArticleState, ArticleVisibility } from '../../tables.ts';
import { Postings } from './postings.ts';
import { rankContribution } from './rank-contribution.ts';
import { parseTsvector } from './tsvector-text.ts';

/** An article as the index keeps it: what visibility and filters read, and its search vector's text. */
export type IndexedArticle = {
  id: string;
  state: ArticleState;
  visibility: ArticleVisibility;
  ownerId: string | null;
  typeKeys: string[];
  tags: string[];
  searchVersion: number;
  vector: string;
};

/** Compact once this share of the slots belong to articles saved again since. */
const DEAD_SHARE = 0.3;

/**
 * One organization's articles as postings, for ranking in memory (rank.ts). Every article has a
 * slot; saving it again gives it a new slot and leaves the old one dead, so appending is the only
 * write and a search reads typed arrays only. `version` is the organization's search version the
 * index has caught up to (migration 20261208100000).
 */
export class OrgIndex {
  version = 0;
  ids: string[] = [];
  meta: Omit<IndexedArticle, 'vector' | 'id'>[] = [];
  dead = new Uint8Array(1024);
  deadCount = 0;
  /** The lexeme ids each live slot holds, so a save can take the old ones off the counts. */
  private slotLexemes: (Int32Array | null)[] = [];
  readonly slotOf = new Map<string, number>();
  readonly lexemeIds = new Map<string, number>();
  readonly lexemes: string[] = [];
  postings: Postings[] = [];
  /** How many live articles hold each lexeme: its document frequency, for the idf. */
  articlesWith: number[] = [];
  private sortedLexemes: string[] | null = null;

  get articleCount(): number {
    return this.slotOf.size;
  }

  /** Adds an article or replaces what the index held of it; older saves than the one held are skipped. */
  put(article: IndexedArticle): void {
    const previous = this.slotOf.get(article.id);
    if (previous !== undefined) {
      if (this.meta[previous]!.searchVersion >= article.searchVersion) return;
      this.retire(previous);
    }
    const slot = this.ids.length;
    this.ids.push(article.id);
    const { id: _id, vector, ...meta } = article;
    this.meta.push(meta);
    if (slot >= this.dead.length) {
      const grown = new Uint8Array(this.dead.length * 2);
      grown.set(this.dead);
      this.dead = grown;
    }
    const entries = parseTsvector(vector);
    const held = new Int32Array(entries.length);
    entries.forEach((entry, i) => {
      const lexeme = this.lexemeId(entry.lexeme);
      held[i] = lexeme;
      this.postings[lexeme]!.push(slot, rankContribution(entry.weights));
      this.articlesWith[lexeme]!++;
    });
    this.slotLexemes.push(held);
    this.slotOf.set(article.id, slot);
    if (this.deadCount > 1000 && this.deadCount > this.ids.length * DEAD_SHARE) this.compact();
  }

  /** The lexemes of the vocabulary starting with a prefix, most held first (a suggestion's last word). */
  withPrefix(prefix: string, most: number): number[] {
    this.sortedLexemes ??= [...this.lexemes].sort();
    const sorted = this.sortedLexemes;
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    const found: number[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
      const id = this.lexemeIds.get(sorted[i]!)!;
      if (this.articlesWith[id]! > 0) found.push(id);
    }
    return found.sort((a, b) => this.articlesWith[b]! - this.articlesWith[a]!).slice(0, most);
  }

  articlesHolding(lexeme: string): number {
    const id = this.lexemeIds.get(lexeme);
    return id === undefined ? 0 : this.articlesWith[id]!;
  }

  private lexemeId(lexeme: string): number {
    let id = this.lexemeIds.get(lexeme);
    if (id === undefined) {
      id = this.lexemes.length;
      this.lexemes.push(lexeme);
      this.lexemeIds.set(lexeme, id);
      this.postings.push(new Postings());
      this.articlesWith.push(0);
      this.sortedLexemes = null;
    }
    return id;
  }

  private retire(slot: number): void {
    this.dead[slot] = 1;
    this.deadCount++;
    for (const lexeme of this.slotLexemes[slot] ?? []) this.articlesWith[lexeme]!--;
    this.slotLexemes[slot] = null;
  }

  /** Drops the dead slots: every list is rewritten once, live slots renumbered in order. */
  private compact(): void {
    const renumbered = new Int32Array(this.ids.length).fill(-1);
    let next = 0;
    for (let slot = 0; slot < this.ids.length; slot++)
      if (!this.dead[slot]) renumbered[slot] = next++;
    for (const list of this.postings) {
      let kept = 0;
      for (let k = 0; k < list.length; k++) {
        const slot = renumbered[list.docs[k]!]!;
        if (slot < 0) continue;
        list.docs[kept] = slot;
        list.contributions[kept] = list.contributions[k]!;
        kept++;
      }
      list.length = kept;
    }
    const live = (_: unknown, slot: number) => renumbered[slot]! >= 0;
    this.ids = this.ids.filter(live);
    this.meta = this.meta.filter(live);
    this.slotLexemes = this.slotLexemes.filter(live);
    this.slotOf.clear();
    this.ids.forEach((id, slot) => this.slotOf.set(id, slot));
    this.dead = new Uint8Array(Math.max(1024, this.ids.length * 2));
    this.deadCount = 0;
  }
}
