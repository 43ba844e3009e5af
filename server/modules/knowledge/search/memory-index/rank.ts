import type { TermPart } from '../query-plan.ts';
import type { OrgIndex } from './org-index.ts';
import { Scratch } from './scratch.ts';

/** A term as ranking reads it: the query word it stands for, its weight, its OR of parts. */
export type RankTerm = { group: number; weight: number; parts: TermPart[] };

export type RankOptions = {
  terms: RankTerm[];
  groups: number;
  /** Whether the searcher may see a slot's article (visibility.ts's rule and the filters). */
  visible: (slot: number) => boolean;
  /** Article id → what its learned terms add (learn-from-link.ts), already weighted. */
  learned: Map<string, number>;
  limit: number;
};

/** A prefix stands for at most this many of the vocabulary's lexemes, the most held first. */
const PREFIX_LEXEMES = 200;

/**
 * The ranking search-articles.ts did in SQL, over every match rather than the first 200: an
 * article scores each query word once, its best term's weight × ts_rank (the OR form,
 * rank-contribution.ts), the sum raised by the share of the words it covers, plus what its learned
 * terms add. Equal scores go by id, as `order by score desc, id` did. Synchronous: the scratch
 * arrays are the index's own, reused by every search.
 */
export function rankArticles(
  index: OrgIndex,
  options: RankOptions,
): { id: string; score: number }[] {
  const scratch = Scratch.of(index);
  const { total, covered, best, termRank } = scratch;
  // Visibility is asked once per matching article, at the end: an article's score depends on its
  // own postings only, so those it hides cost a sum but never a check in the postings loop.
  const visible = (slot: number) => !index.dead[slot] && options.visible(slot);
  const byGroup = new Map<number, RankTerm[]>();
  for (const term of options.terms)
    byGroup.set(term.group, [...(byGroup.get(term.group) ?? []), term]);
  for (const terms of byGroup.values()) {
    for (const term of terms) {
      scoreTerm(index, term, scratch);
      for (const slot of termRank.slots) {
        const value = termRank.values[slot]!;
        if (value > 0 && (best.get(slot) === 0 || value > best.values[slot]!))
          best.set(slot, value);
      }
      termRank.clear();
    }
    for (const slot of best.slots) {
      total.add(slot, best.values[slot]!);
      covered.add(slot, 1);
    }
    best.clear();
  }
  const groups = Math.max(options.groups, 1);
  const top = new TopK(options.limit);
  for (const slot of total.slots) {
    const score = total.values[slot]! * (1 + covered.values[slot]! / groups);
    const id = index.ids[slot]!;
    const learned = options.learned.size > 0 ? (options.learned.get(id) ?? 0) : 0;
    if (top.wouldKeep(id, score + learned) && visible(slot)) top.offer(id, score + learned);
  }
  for (const [id, boost] of options.learned) {
    const slot = index.slotOf.get(id);
    if (slot === undefined || total.get(slot) !== 0 || !visible(slot)) continue;
    top.offer(id, boost);
  }
  scratch.clear();
  return top.sorted();
}

/**
 * Fills `termRank` with weight × ts_rank(article, term) for each article matching the term.
 * A term is an OR of parts; a part of several lexemes (a phrase's words) matches only when the
 * article holds them all, which is rare, so only then are the holders of each lexeme kept apart.
 */
function scoreTerm(index: OrgIndex, term: RankTerm, scratch: Scratch) {
  const { termRank } = scratch;
  const operands = new Map<string, number[]>();
  for (const part of term.parts) {
    if (part.prefix)
      operands.set(`${part.lexemes[0]}:*`, index.withPrefix(part.lexemes[0]!, PREFIX_LEXEMES));
    else for (const lexeme of part.lexemes) operands.set(lexeme, lexemeIdsOf(index, lexeme));
  }
  const conjunctions = term.parts.some((part) => !part.prefix && part.lexemes.length > 1);
  const holders = new Map<string, Set<number>>();
  for (const [operand, lexemeIds] of operands) {
    const holding = conjunctions ? new Set<number>() : null;
    for (const lexemeId of lexemeIds) {
      const { docs, contributions, length } = index.postings[lexemeId]!;
      for (let k = 0; k < length; k++) termRank.add(docs[k]!, contributions[k]!);
      if (holding) for (let k = 0; k < length; k++) holding.add(docs[k]!);
    }
    if (holding) holders.set(operand, holding);
  }
  const matches = (slot: number) =>
    term.parts.some((part) =>
      part.prefix
        ? holders.get(`${part.lexemes[0]}:*`)!.has(slot)
        : part.lexemes.every((lexeme) => holders.get(lexeme)!.has(slot)),
    );
  for (const slot of termRank.slots) {
    // ts_rank is a float4: rounding the same way keeps ties where PostgreSQL had them.
    const value =
      !conjunctions || matches(slot)
        ? term.weight * Math.fround(termRank.values[slot]! / operands.size)
        : 0;
    termRank.values[slot] = value;
  }
}

function lexemeIdsOf(index: OrgIndex, lexeme: string): number[] {
  const id = index.lexemeIds.get(lexeme);
  return id === undefined ? [] : [id];
}

/** The best `limit` offers, by score then id: a short sorted list, since most offers lose at once. */
class TopK {
  private readonly kept: { id: string; score: number }[] = [];
  constructor(private readonly limit: number) {}

  /** Whether an offer would make the list now (cheap: most offers do not). */
  wouldKeep(id: string, score: number): boolean {
    const kept = this.kept;
    if (kept.length < this.limit) return true;
    const last = kept[kept.length - 1]!;
    return score > last.score || (score === last.score && id < last.id);
  }

  offer(id: string, score: number): void {
    const kept = this.kept;
    if (!this.wouldKeep(id, score)) return;
    let at = kept.length;
    while (at > 0 && before({ id, score }, kept[at - 1]!)) at--;
    kept.splice(at, 0, { id, score });
    if (kept.length > this.limit) kept.pop();
  }

  sorted() {
    return this.kept;
  }
}

function before(a: { id: string; score: number }, b: { id: string; score: number }): boolean {
  return a.score > b.score || (a.score === b.score && a.id < b.id);
}
