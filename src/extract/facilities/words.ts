/**
 * What the facility grammar reads of a word, found once per distinct word and kept on its shared
 * record (`Word.facility`, segment/words.ts) as a number: a bit per word class. A set's bit says the
 * word's lexicon key (foldKey) is in it; a lexicon trie's bit says a phrase of the trie MAY start at a
 * token of this text (FoldTrie.mayStartWord): without it the trie is not asked, with it the trie
 * decides. Most tokens have no trie bit, so the grammar runs only around the few that do; a plain
 * number on the record (no object) is one memory read less per token.
 *
 * Example: `wordBits(record of 'بیمارستانهای')` → TYPE; `'خانه'` → TYPE | … (`خانه بهداشت` may
 * follow); `'شدند'` → VERB | LIGHT_VERB | …; `'اسفند'` → MONTH | ….
 */
import { loadJson } from '../../data.js';
import { UNITS } from '../../link/facts/cues.js';
import { splitNumberWord } from '../../numbers/lexicon.js';
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

/** The lexicons whose words end a name (grammar.ts `isNameWord`), as bits. */
export const BLOCKER = NOUN | MODIFIER | OPERATOR | TYPE;

const TRIES: [FoldTrie<unknown>, number][] = [
  [TYPES, TYPE], [NAMES, NAME], [STARTERS, STARTER], [NOUNS, NOUN], [MODIFIERS, MODIFIER], [OPERATORS, OPERATOR],
  [GAZETTEER.trie, PLACE], [UNITS, UNIT],
];
const MONTHS = new Set(
  loadJson<{ jalaliMonths: { names: string[] }[] }>('calendar.json').jalaliMonths.flatMap((m) => m.names.map(foldKey)),
);
const SETS: [Set<string>, number][] = [
  [MONTHS, MONTH], [new Set(['و']), AND], [new Set(['از']), FROM], [new Set(['یکی']), ONE],
  [STOP, STOP_WORD], [QUANTIFIERS, QUANTIFIER], [DEMONSTRATIVES, DEMONSTRATIVE], [CITY_CUES, CITY_CUE],
  [CITY_LIST_CUES, CITY_LIST_CUE], [PROVINCE_CUES, PROVINCE_CUE], [IN_CUES, IN_CUE],
];

function read(text: string): number {
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
  if (text !== '' && splitNumberWord(text) !== null) bits |= NUMBER_PARTS;
  return bits;
}

/** The bits of what lies outside the sentence: those of the key `''`. */
export const NO_WORD = read('');

/** The bits of a token's word, kept on its shared record. */
export function wordBits(word: Word): number {
  return (word.facility ??= read(word.text)) as number;
}
