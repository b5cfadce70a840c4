/**
 * What the facility grammar reads of a word, found once per distinct word and kept on its shared
 * record (`Word.facility`, segment/words.ts) as a number: a bit per word class. A set's bit says the
 * word's lexicon key (foldKey) is in it; a lexicon trie's bit says a phrase of the trie MAY start at a
 * token of this text (FoldTrie.mayStartWord): without it the trie is not asked, with it the trie
 * decides. Most tokens have no trie bit, so the grammar runs only around the few that do; a plain
 * number on the record (no object) is one memory read less per token.
 *
 * The bits come in groups, each found when first asked (a KNOWN_ bit says which are): TYPE, asked of
 * every word of an article (`typeBits`); UNIT, of the words of fact clauses (`unitBits`);
 * NUMBER_PARTS, of the words next to a number (`numberBits`, whose split is costly); the rest, of the
 * few words around a type word (`wordBits`). A word new to the record table costs only what is asked.
 *
 * Example: `wordBits(record of 'بیمارستانهای')` → TYPE; `'خانه'` → TYPE | … (`خانه بهداشت` may
 * follow); `'شدند'` → VERB | LIGHT_VERB | …; `'اسفند'` → MONTH | ….
 */
import { loadJson } from '../../data.js';
import { UNITS } from '../../link/facts/cues.js';
import { mayBeNumberWord, splitNumberWord } from '../../numbers/lexicon.js';
import { GAZETTEER } from '../../places/gazetteer.js';
import { foldKey, type FoldTrie } from '../../places/index.js';
import type { Word } from '../../segment/index.js';
import {
  CITY_CUES, CITY_LIST_CUES, DEMONSTRATIVES, IN_CUES, LIST_SEPARATORS, MODIFIERS, NAMES, NOUNS, OPERATORS,
  PROVINCE_CUES, QUANTIFIERS, STARTERS, STOP, TYPES, isLightVerb, isVerb,
} from './lexicon.js';

// Tries: a phrase may start at the word (a necessary condition only).
export const TYPE = 1 << 0;
export const NAME = 1 << 1;
export const STARTER = 1 << 2;
export const NOUN = 1 << 3;
export const MODIFIER = 1 << 4;
export const OPERATOR = 1 << 5;
/** A place name of the gazetteer may start at the word. */
export const PLACE = 1 << 6;
/** A place may start right after the word's first letter, a glued `و` (`وبستان آباد`). */
export const GLUED = 1 << 7;
// Sets and forms: exact.
export const STOP_WORD = 1 << 8;
export const QUANTIFIER = 1 << 9;
export const DEMONSTRATIVE = 1 << 10;
export const CITY_CUE = 1 << 11;
export const CITY_LIST_CUE = 1 << 12;
export const PROVINCE_CUE = 1 << 13;
export const IN_CUE = 1 << 14;
export const VERB = 1 << 15;
export const LIGHT_VERB = 1 << 16;
export const SEPARATOR = 1 << 17;
/** A Jalali month name (`۲۹ بهمن` names a facility). */
export const MONTH = 1 << 18;
// Single words the grammar names.
/** `و`: joins modifiers (`تخصصی و فوق تخصصی`). */
export const AND = 1 << 19;
/** `از` of `یکی از`, `برخی از`. */
export const FROM = 1 << 20;
/** `یکی` of `یکی از`. */
export const ONE = 1 << 21;
/** Splits wholly into number words (`سه`, `و`, `دوهزار`): the number scan reads it as number items. */
export const NUMBER_PARTS = 1 << 22;
/** An area or bed unit may start at the word (link/facts: `متر مربع`, `تخت`). */
export const UNIT = 1 << 23;
// Which groups of bits are found.
const KNOWN_TYPE = 1 << 24;
const KNOWN_UNIT = 1 << 25;
const KNOWN_REST = 1 << 26;
const KNOWN_NUMBER = 1 << 27;

/** The lexicons whose words end a name (grammar.ts `isNameWord`), as bits. */
export const BLOCKER = NOUN | MODIFIER | OPERATOR | TYPE;

/** The tries of the rest group. */
const TRIES: [FoldTrie<unknown>, number][] = [
  [NAMES, NAME], [STARTERS, STARTER], [NOUNS, NOUN], [MODIFIERS, MODIFIER], [OPERATORS, OPERATOR], [GAZETTEER.trie, PLACE],
];
const MONTHS = new Set(
  loadJson<{ jalaliMonths: { names: string[] }[] }>('calendar.json').jalaliMonths.flatMap((m) => m.names.map(foldKey)),
);
const SETS: [Set<string>, number][] = [
  [MONTHS, MONTH], [new Set(['و']), AND], [new Set(['از']), FROM], [new Set(['یکی']), ONE],
  [STOP, STOP_WORD], [QUANTIFIERS, QUANTIFIER], [DEMONSTRATIVES, DEMONSTRATIVE], [CITY_CUES, CITY_CUE],
  [CITY_LIST_CUES, CITY_LIST_CUE], [PROVINCE_CUES, PROVINCE_CUE], [IN_CUES, IN_CUE],
];

/** The rest group's bits of a word's text. */
function readRest(text: string): number {
  const key = foldKey(text);
  let bits = 0;
  // An empty text is no token: no phrase starts there.
  if (text !== '') for (const [trie, bit] of TRIES) if (trie.mayStartWord(text)) bits |= bit;
  // gluedPlace (grammar.ts) asks for a place from the second char of a word of three or more.
  if (text.length >= 3 && text.startsWith('و') && GAZETTEER.trie.mayStartWord(text.slice(1))) bits |= GLUED;
  for (const [set, bit] of SETS) if (set.has(key)) bits |= bit;
  if (isVerb(text)) bits |= VERB;
  if (isLightVerb(text)) bits |= LIGHT_VERB;
  if (LIST_SEPARATORS.has(text)) bits |= SEPARATOR;
  return bits;
}

/**
 * NUMBER_PARTS of a word's text: the number scan reads a word as number items only where its gate
 * passes (read alone for one char, whose gate may look past it) and the word splits into number words.
 */
function readNumber(text: string): number {
  const gate = text.length === 1 || mayBeNumberWord(text, 0, text.length);
  return text !== '' && gate && splitNumberWord(text) !== null ? NUMBER_PARTS : 0;
}

/** The bits of what lies outside the sentence: those of the key `''`. */
export const NO_WORD = readRest('');

/** Find the groups `known` of the word's bits that are not found yet, and keep them on its record. */
function fill(word: Word, known: number): number {
  const text = word.text;
  let bits = (word.facility as number | null) ?? 0;
  const missing = known & ~bits;
  if ((missing & KNOWN_TYPE) !== 0) bits |= KNOWN_TYPE | (text !== '' && TYPES.mayStartWord(text) ? TYPE : 0);
  if ((missing & KNOWN_UNIT) !== 0) bits |= KNOWN_UNIT | (text !== '' && UNITS.mayStartWord(text) ? UNIT : 0);
  if ((missing & KNOWN_REST) !== 0) bits |= KNOWN_REST | readRest(text);
  if ((missing & KNOWN_NUMBER) !== 0) bits |= KNOWN_NUMBER | readNumber(text);
  word.facility = bits;
  return bits;
}

/** The word's bits with TYPE found (the others maybe not). */
export function typeBits(word: Word): number {
  const bits = word.facility as number | null;
  return bits !== null && (bits & KNOWN_TYPE) !== 0 ? bits : fill(word, KNOWN_TYPE);
}

/** The word's bits with UNIT found (the others maybe not). */
export function unitBits(word: Word): number {
  const bits = word.facility as number | null;
  return bits !== null && (bits & KNOWN_UNIT) !== 0 ? bits : fill(word, KNOWN_UNIT);
}

/** The word's bits with NUMBER_PARTS found (the others maybe not). */
export function numberBits(word: Word): number {
  const bits = word.facility as number | null;
  return bits !== null && (bits & KNOWN_NUMBER) !== 0 ? bits : fill(word, KNOWN_NUMBER);
}

const KNOWN_GRAMMAR = KNOWN_TYPE | KNOWN_REST;

/** The word's bits with TYPE and the rest found (UNIT, NUMBER_PARTS maybe not): what the grammar reads. */
export function wordBits(word: Word): number {
  const bits = word.facility as number | null;
  return bits !== null && (bits & KNOWN_GRAMMAR) === KNOWN_GRAMMAR ? bits : fill(word, KNOWN_GRAMMAR);
}
