import { isCollocation, relatedWords } from './wordnet.ts';

/**
 * What a search's text says before the database is asked: the free words that rank, and the
 * websearch-syntax part ("quoted phrases", -excluded words) that filters. "or" is dropped: the
 * free words are already alternatives, ranked by how many of them an article covers.
 */
export type ParsedQuery = {
  words: string[];
  /** Quoted phrases and -words in websearch_to_tsquery syntax, or '' when there are none. */
  required: string;
};

const wordPattern = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

export function parseQuery(q: string): ParsedQuery {
  const required: string[] = [];
  const rest = q
    .replace(/"([^"]*)"?/g, (_, phrase: string) => {
      if (phrase.trim()) required.push(`"${phrase}"`);
      // The phrase's words rank too; the phrase itself filters.
      return ` ${phrase} `;
    })
    .replace(/(^|\s)-([\p{L}\p{N}]+)/gu, (_, space: string, word: string) => {
      required.push(`-${word}`);
      return space;
    });
  const words = (rest.toLowerCase().match(wordPattern) ?? [])
    .map((word) => word.replace(/'/g, ''))
    .filter((word) => word !== 'or');
  return { words: words.slice(0, 12), required: required.join(' ') };
}

export type WordExpansion = { word: string; synonyms: string[]; derived: string[] };

/**
 * Each free word with its WordNet relations; a two-word collocation ("show up", "break down")
 * lends its own synonyms to the first word, since its parts alone mean something else.
 */
export function expandWords(words: string[]): WordExpansion[] {
  return words.map((word, i) => {
    const related = relatedWords(word);
    const next = words[i + 1];
    const collocation = next ? isCollocation(word, next) : undefined;
    const together = collocation ? relatedWords(collocation) : { synonyms: [], derived: [] };
    return {
      word,
      synonyms: [...new Set([...together.synonyms, ...related.synonyms])],
      derived: [...new Set([...together.derived, ...related.derived])],
    };
  });
}
