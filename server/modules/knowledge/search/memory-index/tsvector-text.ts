/** One lexeme of a tsvector with the weight of each of its positions, in position order. */
export type VectorEntry = { lexeme: string; weights: Weight[] };
export type Weight = 'A' | 'B' | 'C' | 'D';

/**
 * Reads PostgreSQL's text output of a tsvector (`'cat':3A,7 'it''s':1`): a lexeme is quoted with
 * quotes and backslashes doubled; positions follow a colon, each with its weight letter (none for D).
 * A stripped vector has no positions; its lexemes come back with none.
 */
export function parseTsvector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "'") {
      i++;
      continue;
    }
    let lexeme = '';
    i++;
    while (i < text.length) {
      const char = text[i]!;
      if ((char === "'" || char === '\\') && text[i + 1] === char) {
        lexeme += char;
        i += 2;
      } else if (char === "'") {
        i++;
        break;
      } else {
        lexeme += char;
        i++;
      }
    }
    const weights: Weight[] = [];
    if (text[i] === ':') {
      i++;
      while (i < text.length && text[i] !== ' ') {
        while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
        const letter = text[i];
        if (letter === 'A' || letter === 'B' || letter === 'C' || letter === 'D') {
          weights.push(letter);
          i++;
        } else weights.push('D');
        if (text[i] === ',') i++;
      }
    }
    entries.push({ lexeme, weights });
  }
  return entries;
}
