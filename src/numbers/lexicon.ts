/**
 * numbers/lexicon: the number words of `data/number-words.json` as maps, and the split of a glued or
 * ZWNJ-joined word into number words.
 *
 * Example: `splitNumberWord('دوهزار')` → [{ word: 'دو', … }, { word: 'هزار', … }]; `'دوم'` → null.
 */
import { loadJson } from '../data.js';
import { memoize } from '../normalize/memo.js';

interface NumberWordsFile {
  zero: Record<string, number>;
  units: Record<string, number>;
  teens: Record<string, number>;
  tens: Record<string, number>;
  hundreds: Record<string, number>;
  hundredWord: { word: string };
  magnitudes: Record<string, number>;
  bareMagnitudes: Record<string, string>;
  half: Record<string, number>;
  and: string;
  ordinalWords: Record<string, number>;
  ordinalStems: Record<string, { cardinal: string }>;
  ordinalSuffixes: string[];
  slashDecimalBefore: { words: string[] };
  codeCues: { word: string; reason: string }[];
  ambiguous: Record<string, { notBefore: string[] }>;
  vagueBefore: { words: string[] };
  namesWith: { words: string[] };
}

export type WordKind = 'zero' | 'unit' | 'teen' | 'ten' | 'hundred' | 'magnitude' | 'half' | 'and';

export interface NumberWord {
  kind: WordKind;
  value: number;
}

const FILE = loadJson<NumberWordsFile>('number-words.json');

/** Every number word (and `و`) with its kind and value. */
export const WORDS = new Map<string, NumberWord>();
const add = (table: Record<string, number>, kind: WordKind) => {
  for (const [w, v] of Object.entries(table)) WORDS.set(w, { kind, value: v });
};
add(FILE.zero, 'zero');
add(FILE.units, 'unit');
add(FILE.teens, 'teen');
add(FILE.tens, 'ten');
add(FILE.hundreds, 'hundred');
add(FILE.magnitudes, 'magnitude');
add(FILE.half, 'half');
WORDS.set(FILE.and, { kind: 'and', value: 0 });

export const AND = FILE.and;
export const HUNDRED_WORD = FILE.hundredWord.word;
export const BARE_MAGNITUDES = new Set(Object.keys(FILE.bareMagnitudes));
export const ORDINAL_WORDS = new Map(Object.entries(FILE.ordinalWords));
/** Ordinal stems that differ from their cardinal word: `سو` (سوم) → `سه`. */
export const ORDINAL_STEMS = new Map(Object.entries(FILE.ordinalStems).map(([k, v]) => [k, v.cardinal]));
/** Longest first, so that `امین` is tried before `ام` and `م`. */
export const ORDINAL_SUFFIXES = [...FILE.ordinalSuffixes].sort((a, b) => b.length - a.length);
export const SLASH_DECIMAL_BEFORE = new Set(FILE.slashDecimalBefore.words);
export const CODE_CUES = new Set(FILE.codeCues.map((c) => c.word));
/** Words before a magnitude that make it a vague count: `چند هزار`. */
export const VAGUE_BEFORE = new Set(FILE.vagueBefore.words);
/** Words after a number word that make both a name: `سه شنبه` (a weekday). */
export const NAMES_WITH = new Set(FILE.namesWith.words);
export const AMBIGUOUS = new Map(Object.entries(FILE.ambiguous).map(([w, a]) => [w, new Set(a.notBefore)]));

const MAX_WORD = Math.max(...[...WORDS.keys()].map((w) => w.length));

/**
 * Where a word split into number words can start: at the first two chars of a number word (`و` alone
 * is the joiner, and a split never starts with it). A word these rule out splits into nothing. Each
 * char that stands first or second in a number word has a class (1…31, 0 for the others, the end of
 * the text too); `SPLIT_STARTS` holds per two classes whether a number word starts so: two table reads
 * a word, for the scans that ask it of every word.
 */
const SPLIT_CLASS = new Uint8Array(0x10000);
const SPLIT_STARTS = new Uint8Array(1 << 10);
{
  const starts = [...WORDS.keys()].filter((w) => w !== FILE.and);
  let classes = 0;
  for (const w of starts) {
    if (w.length < 2) throw new Error('number-words.json: a number word of one char besides و');
    for (let k = 0; k < 2; k++) {
      const c = w.charCodeAt(k);
      if (SPLIT_CLASS[c] !== 0) continue;
      if (++classes >= 1 << 5) throw new Error('number-words.json: too many chars begin the number words');
      SPLIT_CLASS[c] = classes;
    }
  }
  for (const w of starts) SPLIT_STARTS[(SPLIT_CLASS[w.charCodeAt(0)] << 5) | SPLIT_CLASS[w.charCodeAt(1)]] = 1;
}

/** Might this word (letters, maybe ZWNJ) split into number words, or be `و`? False rules it out. */
export function mayBeNumberWord(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const next = start + 1 < text.length ? text.charCodeAt(start + 1) : 0;
  return SPLIT_STARTS[(SPLIT_CLASS[c] << 5) | SPLIT_CLASS[next]] !== 0 || c === 0x200c || (end === start + 1 && c === AND_CODE);
}
const AND_CODE = FILE.and.charCodeAt(0);

export interface WordPart extends NumberWord {
  word: string;
  /** Offset of the part within the split word. */
  offset: number;
}

/**
 * Split a word (letters, maybe ZWNJ) wholly into number words: `بیست‌و‌پنج`, `دوهزار`, `شش‌صد`.
 * Returns null when any part is not a number word (`دوم`, `سی‌ام`, `میلیون‌ها`, `دوره`).
 * `و` alone is the joiner; a glued split never starts with it, and may end with it (`هزارو ۴۰۰`);
 * the grammar then decides (`سهو` ends a phrase inside a word, so it is no number).
 * Memoized: the parts are shared, never to be mutated.
 */
export const splitNumberWord: (word: string) => WordPart[] | null = memoize(splitWord);

function splitWord(word: string): WordPart[] | null {
  const whole = WORDS.get(word);
  if (whole) return [{ ...whole, word, offset: 0 }];
  const parts = splitFrom(word, 0);
  if (!parts || parts.length === 0) return null;
  if (parts[0].kind === 'and') return null;
  return parts;
}

function splitFrom(word: string, pos: number): WordPart[] | null {
  if (pos === word.length) return [];
  if (word[pos] === '\u200c') return splitFrom(word, pos + 1);
  for (let len = Math.min(MAX_WORD, word.length - pos); len >= 1; len--) {
    const piece = word.slice(pos, pos + len);
    const entry = WORDS.get(piece);
    if (!entry) continue;
    const rest = splitFrom(word, pos + len);
    if (rest) return [{ ...entry, word: piece, offset: pos }, ...rest];
  }
  return null;
}
