/**
 * The facility lexicons, loaded once from `data/facility-types.json` and `data/facility-words.json`:
 * type words with their plurals in a trie, and the word classes of the facility grammar.
 *
 * Example: `TYPES.matchAt('درمانگاههای هشترود', 0)` → `{ end: 11, values: [{ type: 'clinic', plural: true }] }`;
 * `isVerb('شدند')` → true; `isLightVerb('می‌شود')` → true; `isVerb('میلاد')` → false.
 */
import { loadJson } from '../../data.js';
import { normalize } from '../../normalize/index.js';
import { FoldTrie, foldKey } from '../../places/index.js';

interface TypesFile {
  types: { type: string; words: string[]; reason: string }[];
  pluralHeads: { head: string; plural: string }[];
  anaphors: { words: string[] };
}

interface WordList {
  words: string[];
}

interface WordsFile {
  modifiers: WordList;
  operators: WordList;
  starters: WordList;
  names: WordList;
  honorificSuffixes: WordList;
  stop: WordList;
  nouns: WordList;
  verbs: { light: [string, string][]; other: [string, string][]; copulas: string[]; auxiliaries: string[] };
  quantifiers: WordList;
  demonstratives: WordList;
  placeCues: { city: string[]; cityList: string[]; province: string[]; in: string[] };
  listSeparators: WordList;
}

export interface TypeWord {
  type: string;
  plural: boolean;
  /** A hypernym (`مرکز درمانی`): after این it refers back to a facility of any type. */
  anaphor: boolean;
}

const typesFile = loadJson<TypesFile>('facility-types.json');
const words = loadJson<WordsFile>('facility-words.json');
const norm = (s: string) => normalize(s).text;

const PLURAL_SUFFIXES = ['ها', 'های'];

function buildTypes(): FoldTrie<TypeWord> {
  const trie = new FoldTrie<TypeWord>();
  const anaphors = new Set(typesFile.anaphors.words.map(foldKey));
  const broken = new Map(typesFile.pluralHeads.map((h) => [foldKey(h.head), norm(h.plural)]));
  for (const t of typesFile.types) {
    for (const w of t.words) {
      const [head, ...rest] = norm(w).split(' ');
      const tail = rest.length ? ' ' + rest.join(' ') : '';
      const anaphor = anaphors.has(foldKey(w));
      trie.add(head + tail, { type: t.type, plural: false, anaphor });
      const plurals = PLURAL_SUFFIXES.map((s) => head + s);
      const b = broken.get(foldKey(head));
      if (b) plurals.push(b);
      for (const p of plurals) trie.add(p + tail, { type: t.type, plural: true, anaphor });
    }
  }
  for (const w of typesFile.anaphors.words) {
    if (!trie.get(norm(w))) trie.add(norm(w), { type: '*', plural: false, anaphor: true });
  }
  return trie;
}

function phraseTrie(list: string[]): FoldTrie<string> {
  const trie = new FoldTrie<string>();
  for (const w of list) trie.add(norm(w), norm(w));
  return trie;
}

const keySet = (list: string[]) => new Set(list.map((w) => foldKey(norm(w))));

/** Type words and their plurals → type. */
export const TYPES = buildTypes();
export const MODIFIERS = phraseTrie(words.modifiers.words);
export const OPERATORS = phraseTrie(words.operators.words);
export const STARTERS = phraseTrie(words.starters.words);
export const NAMES = phraseTrie(words.names.words);
export const NOUNS = phraseTrie(words.nouns.words);
export const HONORIFICS = keySet(words.honorificSuffixes.words);
export const STOP = keySet(words.stop.words);
export const QUANTIFIERS = keySet(words.quantifiers.words);
export const DEMONSTRATIVES = keySet(words.demonstratives.words);
export const CITY_CUES = keySet(words.placeCues.city);
export const CITY_LIST_CUES = keySet(words.placeCues.cityList);
export const PROVINCE_CUES = keySet(words.placeCues.province);
export const IN_CUES = keySet(words.placeCues.in);
export const LIST_SEPARATORS = new Set(words.listSeparators.words);

// Verb forms: inflections of the stems in the data (see facility-words.json `verbs.reason`).
const PAST_ENDINGS = ['', 'م', 'ی', 'یم', 'ید', 'ند', 'ه', 'هاند', 'هاست', 'هایم'];
const PRESENT_ENDINGS = ['م', 'ی', 'د', 'یم', 'ید', 'ند'];
const PRESENT_PREFIXES = ['', 'می', 'نمی', 'ب', 'ن'];

function inflect(stems: [string, string][]): Set<string> {
  const out = new Set<string>();
  for (const [past, present] of stems) {
    for (const neg of ['', 'ن', 'می', 'نمی']) for (const e of PAST_ENDINGS) out.add(foldKey(neg + past + e));
    const presents = [present];
    if (/[اوه]$/.test(present)) presents.push(present + 'ی');
    for (const p of PRESENT_PREFIXES) for (const s of presents) for (const e of PRESENT_ENDINGS) out.add(foldKey(p + s + e));
  }
  return out;
}

const LIGHT = inflect(words.verbs.light);
const VERBS = new Set([
  ...LIGHT,
  ...inflect(words.verbs.other),
  ...keySet(words.verbs.copulas),
  ...keySet(words.verbs.auxiliaries),
]);

/** Is this (normalized) word a verb form? `می‌` / `نمی‌` + anything, or an inflection of a known stem. */
export function isVerb(word: string): boolean {
  return /^(?:می|نمی)\u200c/.test(word) || VERBS.has(foldKey(word));
}

/** Is this word a light verb (`شد`, `کرد`, `می‌شود`, …) that takes the word before it as its complement? */
export function isLightVerb(word: string): boolean {
  return LIGHT.has(foldKey(word));
}
