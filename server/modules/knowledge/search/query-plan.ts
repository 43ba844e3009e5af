import type { Db } from '../../../db/database.ts';
import { correctTypos } from './correct-typos.ts';
import { expandWords, parseQuery } from './query-words.ts';
import { isEnglishWord } from './wordnet.ts';

/**
 * How a search's words become weighted tsquery terms for one organization's corpus. Every free word
 * is a group: its own lexeme (or, for the word being typed, a prefix), its typo corrections from the
 * organization's vocabulary, its WordNet relations at a lower weight; an article scores a group's
 * best term once, times the term's inverse document frequency, so a rare word outweighs a common
 * one and a word's synonyms never add up to more than the word itself.
 */
/** A tsquery operand: lexemes that must all be held (a phrase's words), or one lexeme as a prefix. */
export type TermPart = { lexemes: string[]; prefix: boolean };
/**
 * group: the query word a term stands for (an article scores each word's best term once); query:
 * the term as tsquery text (for snippets and phrase filters); parts: the same OR, for ranking.
 */
export type Term = { group: number; query: string; weight: number; parts: TermPart[] };
/** What a plan reads of the organization's corpus: each word's lexemes, and who holds a lexeme. */
export type Vocabulary = {
  lexemesOf: Map<string, string[]>;
  articlesHolding: (lexeme: string) => number;
  total: number;
};
export type QueryPlan = {
  terms: Term[];
  groups: number;
  /** The lexemes the searcher meant (own words and corrections): what learning matches. */
  lexemes: { lexeme: string; idf: number }[];
  required: string;
};

/** Relative weights: the word as typed, a typo's correction, a derived form, a synonym. */
const WEIGHTS = { own: 1, prefix: 0.9, corrected: 0.8, derived: 0.55, synonym: 0.4 };
/**
 * A related word held by more than this share of the organization's articles ("get", "make", "go"
 * as WordNet senses of "arrive") is left out: it ranks almost nothing apart, and as a candidate it
 * filled the 200 with articles that hold only it (insurer set: top-3 86.3 % with it, 88.0 % without).
 */
const COMMON_SHARE = 0.2;

/** Every word and phrase a search's plan lexizes: its free words and their relations. */
export function phrasesOf(q: string): string[] {
  const expansions = expandWords(parseQuery(q).words);
  return [...new Set(expansions.flatMap((e) => [e.word, ...e.synonyms, ...e.derived]))];
}

export async function planQuery(options: {
  db: Db;
  organizationId: string;
  q: string;
  prefixLast: boolean;
  vocabulary: Vocabulary;
}): Promise<QueryPlan> {
  const { db, organizationId } = options;
  const parsed = parseQuery(options.q);
  const expansions = expandWords(parsed.words);
  const { lexemesOf } = options.vocabulary;
  const total = Math.max(options.vocabulary.total, 1);
  const corrected = new Map<string, number>();
  const counts = {
    get: (lexeme: string): number | undefined =>
      corrected.get(lexeme) ?? (options.vocabulary.articlesHolding(lexeme) || undefined),
    set: (lexeme: string, articles: number) => corrected.set(lexeme, articles),
  };
  const idf = (articles: number) => Math.log(1 + (total - articles + 0.5) / (articles + 0.5));
  const known = (lexeme: string) => (counts.get(lexeme) ?? 0) > 0;
  const common = (lexeme: string) => (counts.get(lexeme) ?? 0) > total * COMMON_SHARE;
  const misspelt = expansions
    .map((e) => ({ word: e.word, lexeme: lexemesOf.get(e.word)?.[0] }))
    .filter(
      (w): w is { word: string; lexeme: string } =>
        !!w.lexeme && !known(w.lexeme) && w.lexeme.length >= 3 && !isEnglishWord(w.word),
    );
  const corrections = await correctTypos({
    db,
    organizationId,
    lexemes: misspelt.map((w) => w.lexeme),
  });
  for (const fix of [...corrections.values()].flat()) counts.set(fix.lexeme, fix.articles);

  const terms: Term[] = [];
  const meant: { lexeme: string; idf: number }[] = [];
  // A stop word ("too", "up", "my") has no lexeme: WordNet's senses of it ("too": excess, also)
  // would only broaden the candidates, so it is not a group and does not dilute the coverage.
  const meaningful = expansions.filter((e) => (lexemesOf.get(e.word) ?? []).length > 0);
  meaningful.forEach((expansion, group) => {
    const own = lexemesOf.get(expansion.word) ?? [];
    let related = false;
    const typing = options.prefixLast && expansion === expansions.at(-1);
    const add = (lexemes: string[], weight: number, prefix = false) => {
      const kind = related ? 1 : 0;
      if (lexemes.length === 0 || (!prefix && !lexemes.every(known))) return;
      if (related && lexemes.every(common)) return;
      const rarity = lexemes.reduce((sum, l) => sum + idf(counts.get(l) ?? 1), 0) / lexemes.length;
      terms.push({
        group: group * 2 + kind,
        query: tsqueryOf(lexemes, prefix),
        weight: weight * rarity,
        parts: [{ lexemes: prefix ? lexemes.slice(0, 1) : lexemes, prefix }],
      });
    };
    if (typing && own.length === 1) add(own, WEIGHTS.prefix, true);
    else add(own, WEIGHTS.own);
    for (const lexeme of own) meant.push({ lexeme, idf: idf(counts.get(lexeme) ?? 0) });
    for (const fix of corrections.get(own[0] ?? '') ?? []) {
      add([fix.lexeme], WEIGHTS.corrected * fix.confidence);
      meant.push({ lexeme: fix.lexeme, idf: idf(fix.articles) });
    }
    related = true;
    for (const word of expansion.derived) add(lexemesOf.get(word) ?? [], WEIGHTS.derived);
    for (const word of expansion.synonyms) add(lexemesOf.get(word) ?? [], WEIGHTS.synonym);
  });
  return {
    terms: merge(terms),
    groups: meaningful.length,
    lexemes: meant,
    required: parsed.required,
  };
}

/**
 * One tsquery per word and kind (its own lexeme and corrections; its related words), at the best
 * weight among them: an article is ranked against a handful of queries, not against every synonym,
 * which keeps scoring a candidate cheap.
 */
function merge(terms: Term[]): Term[] {
  const merged = new Map<number, { queries: Map<string, TermPart[]>; weight: number }>();
  for (const term of terms) {
    const entry = merged.get(term.group) ?? { queries: new Map<string, TermPart[]>(), weight: 0 };
    entry.queries.set(`(${term.query})`, term.parts);
    entry.weight = Math.max(entry.weight, term.weight);
    merged.set(term.group, entry);
  }
  return [...merged].map(([key, entry]) => ({
    group: Math.floor(key / 2),
    query: [...entry.queries.keys()].join(' | '),
    weight: entry.weight,
    parts: [...entry.queries.values()].flat(),
  }));
}

function tsqueryOf(lexemes: string[], prefix: boolean): string {
  const quoted = lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  return prefix ? `${quoted[0]}:*` : quoted.join(' & ');
}
