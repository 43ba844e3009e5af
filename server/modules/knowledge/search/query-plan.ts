import { sql } from 'kysely';

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
/** group: the query word a term stands for (an article scores each word's best term once). */
export type Term = { group: number; query: string; weight: number };
export type QueryPlan = {
  terms: Term[];
  groups: number;
  /** The lexemes the searcher meant (own words and corrections): what learning matches. */
  lexemes: { lexeme: string; idf: number }[];
  required: string;
};

/** Relative weights: the word as typed, a typo's correction, a derived form, a synonym. */
const WEIGHTS = { own: 1, prefix: 0.9, corrected: 0.8, derived: 0.55, synonym: 0.4 };

export async function planQuery(options: {
  db: Db;
  organizationId: string;
  q: string;
  prefixLast: boolean;
}): Promise<QueryPlan> {
  const { db, organizationId } = options;
  const parsed = parseQuery(options.q);
  const expansions = expandWords(parsed.words);
  const phrases = [...new Set(expansions.flatMap((e) => [e.word, ...e.synonyms, ...e.derived]))];
  const lexemesOf = await lexize(db, phrases);
  const allLexemes = [...new Set([...lexemesOf.values()].flat())];
  const { counts, total } = await vocabulary(db, organizationId, allLexemes);
  const idf = (articles: number) => Math.log(1 + (total - articles + 0.5) / (articles + 0.5));
  const known = (lexeme: string) => (counts.get(lexeme) ?? 0) > 0;
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
  expansions.forEach((expansion, group) => {
    const own = lexemesOf.get(expansion.word) ?? [];
    let related = false;
    const typing = options.prefixLast && group === expansions.length - 1;
    const add = (lexemes: string[], weight: number, prefix = false) => {
      const kind = related ? 1 : 0;
      if (lexemes.length === 0 || (!prefix && !lexemes.every(known))) return;
      const rarity = lexemes.reduce((sum, l) => sum + idf(counts.get(l) ?? 1), 0) / lexemes.length;
      terms.push({
        group: group * 2 + kind,
        query: tsqueryOf(lexemes, prefix),
        weight: weight * rarity,
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
    groups: expansions.length,
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
  const merged = new Map<number, { queries: Set<string>; weight: number }>();
  for (const term of terms) {
    const entry = merged.get(term.group) ?? { queries: new Set<string>(), weight: 0 };
    entry.queries.add(`(${term.query})`);
    entry.weight = Math.max(entry.weight, term.weight);
    merged.set(term.group, entry);
  }
  return [...merged].map(([key, entry]) => ({
    group: Math.floor(key / 2),
    query: [...entry.queries].join(' | '),
    weight: entry.weight,
  }));
}

function tsqueryOf(lexemes: string[], prefix: boolean): string {
  const quoted = lexemes.map((l) => `'${l.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);
  return prefix ? `${quoted[0]}:*` : quoted.join(' & ');
}

/** The english lexemes of each word or phrase, the way the articles' vectors were made. */
async function lexize(db: Db, phrases: string[]): Promise<Map<string, string[]>> {
  if (phrases.length === 0) return new Map();
  const { rows } = await sql<{ phrase: string; lexemes: string[] }>`
    select phrase, array(select unnest(tsvector_to_array(to_tsvector('english', phrase)))) as lexemes
    from unnest(${phrases}::text[]) as phrase`.execute(db);
  return new Map(rows.map((row) => [row.phrase, row.lexemes]));
}

async function vocabulary(db: Db, organizationId: string, lexemes: string[]) {
  const [rows, totals] = await Promise.all([
    lexemes.length === 0
      ? []
      : db
          .selectFrom('knowledgeLexemes')
          .select(['lexeme', 'articles'])
          .where('organizationId', '=', organizationId)
          .where('lexeme', '=', sql<string>`any(${lexemes}::text[])`)
          .execute(),
    db
      .selectFrom('knowledgeSearchTotals')
      .select('articles')
      .where('organizationId', '=', organizationId)
      .executeTakeFirst(),
  ]);
  return {
    counts: new Map(rows.map((row) => [row.lexeme, row.articles])),
    total: Math.max(totals?.articles ?? 0, 1),
  };
}
