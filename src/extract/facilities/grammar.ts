/**
 * The facility phrase grammar, read over a sentence's tokens from a type word:
 * `[count|quantifier|demonstrative] TYPE [modifier|operator]* ITEM ([،و-] ITEM)*` where
 * `ITEM = PLACE | NAME [operator]* [PLACE]`, `PLACE = [در] [شهر|شهرستان] city | [استان] province`,
 * `NAME = number month | known name | title name-word{1,3} | name-word{1,4}`, and lists only after a plural
 * type, a count above one, or `در شهرهای`.
 *
 * Example: `درمانگاههای هشترود ، عجب شیر و ملکان` → one phrase { type: 'clinic', plural: true,
 * items: [هشترود, عجب شیر, ملکان] }; `بیمارستان شهدای گمنام تامین اجتماعی شهر یاسوج` →
 * { type: 'hospital', operator: 'تامین اجتماعی', items: [{ name: 'شهدای گمنام', place: یاسوج }] }.
 */
import { foldKey, matchPlace, placeStartsAt, type FoldTrie, type PlaceKind, type PlaceMatch } from '../../places/index.js';
import type { Span, Token } from '../../segment/index.js';
import { HONORIFICS, MODIFIERS, NAMES, NOUNS, OPERATORS, STARTERS, TYPES, type TypeWord } from './lexicon.js';
import type { Reader } from './reader.js';
import {
  AND, BLOCKER, CITY_CUE, CITY_LIST_CUE, DEMONSTRATIVE, FROM, GLUED, IN_CUE, LIGHT_VERB, MODIFIER, MONTH, NAME, NOUN,
  ONE, OPERATOR, PLACE, PROVINCE_CUE, QUANTIFIER, SEPARATOR, STARTER, STOP_WORD, TYPE, VERB, wordBits,
} from './words.js';

export interface PlaceRef {
  match: PlaceMatch;
  kind: 'city' | 'province';
  /** The span with its cue (`شهر یاسوج`, `در تبریز`). */
  start: number;
  end: number;
}

export interface Item extends Span {
  name: Span | null;
  place: PlaceRef | null;
}

export interface Phrase extends Span {
  type: string;
  /** A hypernym type word (`مرکز درمانی`) that may refer back to a facility of any type. */
  anaphor: boolean;
  typeStart: number;
  typeEnd: number;
  /** The end of the type word with its modifiers and operator (`بیمارستان تأمین اجتماعی`). */
  headEnd: number;
  plural: boolean;
  count: number | null;
  quantified: boolean;
  demonstrative: boolean;
  operator: string | null;
  items: Item[];
}

const MAX_PLAIN_NAME = 4;
const MAX_AFTER_TITLE = 3;

/** Words that never stand in a name: function words, grammar words and verbs (words.ts bits). */
const NOT_NAME = STOP_WORD | QUANTIFIER | DEMONSTRATIVE | CITY_CUE | CITY_LIST_CUE | PROVINCE_CUE | VERB;

/**
 * The token index past the part the last parse function read (a name, a place, an item, fillers): set by
 * each of them on success, so none returns a `{ value, next }` pair (one object less per part).
 */
let next = 0;
/** The operator the last `skipFiller` named, if any. */
let operator: string | null = null;

/** The index of the first token at or after normalized offset `pos`. */
function indexAt(r: Reader, pos: number, from = 0): number {
  let i = from;
  while (i < r.toks.length && r.toks[i].start < pos) i++;
  return i;
}

/**
 * The end of the match of `trie` at word token i (its values in `trie.found`), or -1; only a word with
 * the trie's `bit` (words.ts) may start one.
 */
function trieEnd(r: Reader, trie: FoldTrie<unknown>, bit: number, i: number): number {
  const t = r.toks[i];
  return t !== undefined && t.kind === 'word' && (wordBits(t.word) & bit) !== 0 ? trie.longestAt(r.text, t.start) : -1;
}

/** Does a lexicon of `bits` (the word's, masked to the blockers) match at `pos`? */
function blocked(text: string, pos: number, bits: number): boolean {
  return (
    ((bits & NOUN) !== 0 && NOUNS.longestAt(text, pos) >= 0) ||
    ((bits & MODIFIER) !== 0 && MODIFIERS.longestAt(text, pos) >= 0) ||
    ((bits & OPERATOR) !== 0 && OPERATORS.longestAt(text, pos) >= 0) ||
    ((bits & TYPE) !== 0 && TYPES.longestAt(text, pos) >= 0)
  );
}

/** A word that may stand in a name: no function word, verb, number, common noun or grammar word. */
function isNameWord(r: Reader, i: number): boolean {
  const t = r.tok(i);
  if (!t || t.kind !== 'word') return false;
  const bits = wordBits(t.word);
  if ((bits & NOT_NAME) !== 0 || r.inNumber(t)) return false;
  return (bits & BLOCKER) === 0 || !blocked(r.text, t.start, bits);
}

/** A place name (not a weak one) starting at token i: where a name stops. */
function strongPlaceAt(r: Reader, i: number): boolean {
  const t = r.toks[i];
  return t !== undefined && t.kind === 'word' && (wordBits(t.word) & PLACE) !== 0 && placeStartsAt(r.text, t.start, false);
}

/** `(ع)`, `(س)`, `(ره)` right after token i-1: the index past it, or i. */
function honorificEnd(r: Reader, i: number): number {
  if (r.toks[i]?.text !== '(') return i;
  for (let k = i + 1; k < Math.min(r.toks.length, i + 4); k++) {
    if (r.toks[k].text === ')') {
      const inner = r.text.slice(r.toks[i + 1].start, r.toks[k - 1].end);
      return HONORIFICS.has(foldKey(inner)) ? k + 1 : i;
    }
  }
  return i;
}

/** Name words from token i (at most `max`), stopping at a strong place when `stopAtPlace`. */
function nameWords(r: Reader, i: number, max: number, stopAtPlace: boolean): number {
  let k = i;
  while (k - i < max && isNameWord(r, k) && !(stopAtPlace && strongPlaceAt(r, k))) k++;
  return k;
}

/** A name of tokens [first, last) (less a light verb's complement), if it has `minWords`, with its honorific; sets `next`. */
function finishName(r: Reader, first: number, last: number, minWords: number): Span | null {
  let end = last;
  // `بستری شد`, `تأکید کرد`: the word before a light verb is its complement, not a name.
  if (end > first && end < r.toks.length && r.toks[end].kind === 'word' && (r.bits(end) & LIGHT_VERB) !== 0) end--;
  if (end - first < minWords) return null;
  const after = honorificEnd(r, end);
  next = after;
  return { start: r.toks[first].start, end: r.toks[after - 1].end };
}

/** "Not asked yet" for parseName's trie ends. */
const ASK = -2;

/**
 * The proper name starting at token i, or null; sets `next`. `knownEnd` and `titleEnd` are the ends of
 * the NAMES and STARTERS matches at i (-1: none) when the caller has asked for them already (ASK: ask
 * here); `titleEnd` is read only when there is no known name.
 */
export function parseName(r: Reader, i: number, knownEnd = ASK, titleEnd = ASK): Span | null {
  const t = r.toks[i];
  if (!t) return null;
  // `۲۹ بهمن`: a day and a month name a facility.
  if (t.kind === 'number' && /^\d{1,2}$/.test(t.text) && +t.text >= 1 && +t.text <= 31 && (r.bits(i + 1) & MONTH) !== 0) {
    next = i + 2;
    return { start: t.start, end: r.toks[i + 1].end };
  }
  if (t.kind !== 'word') return null;
  if (knownEnd === ASK) knownEnd = trieEnd(r, NAMES, NAME, i);
  if (knownEnd >= 0) {
    const k = indexAt(r, knownEnd, i);
    const h = honorificEnd(r, k);
    if (h > k) {
      next = h;
      return { start: t.start, end: r.toks[h - 1].end };
    }
    return finishName(r, i, nameWords(r, k, MAX_AFTER_TITLE, true), k - i);
  }
  if (titleEnd === ASK) titleEnd = trieEnd(r, STARTERS, STARTER, i);
  if (titleEnd >= 0) {
    const k = indexAt(r, titleEnd, i);
    const w = r.toks[k];
    // The first word after a title is its name even when it is also a place (شهید رجایی).
    const firstOk = w && w.kind === 'word' && (isNameWord(r, k) || ((r.bits(k) & PLACE) !== 0 && placeStartsAt(r.text, w.start, true)));
    if (!firstOk) return null;
    const h = honorificEnd(r, k + 1);
    if (h > k + 1) {
      next = h;
      return { start: t.start, end: r.toks[h - 1].end };
    }
    return finishName(r, i, nameWords(r, k + 1, MAX_AFTER_TITLE - 1, true), k + 1 - i);
  }
  if (strongPlaceAt(r, i) || !isNameWord(r, i)) return null;
  // Token i is a name word and no strong place: the run goes on from i + 1 (one word counted).
  const end = nameWords(r, i + 1, MAX_PLAIN_NAME, true);
  if (end - i > MAX_PLAIN_NAME) return null; // a run this long is a clause, not a name
  return finishName(r, i, end, 1);
}

const CITY_KINDS: PlaceKind[] = ['city', 'county'];
// matchPlace's options, shared: no object per call.
const CITY_OPTS = { kinds: CITY_KINDS };
const PROVINCE_OPTS = { kinds: ['province'] as PlaceKind[] };
/** Every kind: no `kinds` (a filter by all three kinds keeps every place). */
const ALL_OPTS: { kinds?: PlaceKind[] } = {};

/** The place of `opts.kinds` (any when none) at token j (a weak one only when `weak`), its span from `start`; sets `next`. */
function placeAt(r: Reader, j: number, opts: { kinds?: PlaceKind[] }, weak: boolean, start: number): PlaceRef | null {
  const w = r.tok(j);
  if (!w || w.kind !== 'word' || (wordBits(w.word) & PLACE) === 0) return null;
  const m = matchPlace(r.text, w.start, opts);
  if (!m || (m.weak && !weak)) return null;
  let isCity = false;
  for (const p of m.places) if (p.kind !== 'province') isCity = true;
  next = indexAt(r, m.end, j);
  return { match: m, kind: isCity ? 'city' : 'province', start, end: m.end };
}

/** A place at token i: `شهر X`, `شهرستان X`, `در [شهر] X`, `استان X`, or a plain place name; sets `next`. */
export function parsePlace(r: Reader, i: number, weakOk = false): PlaceRef | null {
  const t = r.tok(i);
  if (!t || t.kind !== 'word') return null;
  const bits = wordBits(t.word);
  if ((bits & CITY_CUE) !== 0) return placeAt(r, i + 1, CITY_OPTS, true, t.start);
  if ((bits & PROVINCE_CUE) !== 0) return placeAt(r, i + 1, PROVINCE_OPTS, true, t.start);
  if ((bits & IN_CUE) !== 0) {
    const inner = parsePlace(r, i + 1, false);
    if (inner) inner.start = t.start;
    return inner;
  }
  return placeAt(r, i, ALL_OPTS, weakOk, t.start);
}

const GLUED_OPTS = { kinds: CITY_KINDS, wordStart: false };

/** A place written glued to `و` (`وبستان آباد`) at token i, as a list member; sets `next`. */
function gluedPlace(r: Reader, i: number): PlaceRef | null {
  const t = r.toks[i];
  // GLUED: the word starts with و, has three chars or more, and a place may start after the و.
  if (!t || t.kind !== 'word' || (wordBits(t.word) & GLUED) === 0) return null;
  const m = matchPlace(r.text, t.start + 1, GLUED_OPTS);
  if (!m) return null;
  next = indexAt(r, m.end, i);
  return { match: m, kind: 'city', start: m.start, end: m.end };
}

/** Operators and modifiers from token i: the index past them; the operator named, if any, in `operator`. */
function skipFiller(r: Reader, i: number): number {
  operator = null;
  for (;;) {
    // `تخصصی و فوق تخصصی`: modifiers joined by و.
    if ((r.bits(i) & AND) !== 0 && i > 0 && trieEnd(r, MODIFIERS, MODIFIER, i + 1) >= 0) i++;
    const opEnd = trieEnd(r, OPERATORS, OPERATOR, i);
    if (opEnd >= 0) operator = (OPERATORS.found as string[])[0];
    const end = opEnd >= 0 ? opEnd : trieEnd(r, MODIFIERS, MODIFIER, i);
    if (end >= 0) {
      i = indexAt(r, end, i);
      continue;
    }
    // `۱۶۰ تختخوابی`: a size, not a name.
    const n = r.toks[i]?.kind === 'number' ? r.toks[i + 1] : undefined;
    if (n && /^تخت/.test(n.text)) {
      i += 2;
      continue;
    }
    return i;
  }
}

/** An item of a place alone. */
const placeItem = (place: PlaceRef): Item => ({ start: place.start, end: place.end, name: null, place });

/** One list member: a place, or a name with an optional place after it; sets `next`. */
function parseItem(r: Reader, i: number, placesOnly: boolean, weakOk: boolean): Item | null {
  // A known name or a title comes before places: `خاتم الانبیا` is not the city خاتم.
  // Asked once: parseName reads the same matches.
  const knownEnd = placesOnly ? -1 : trieEnd(r, NAMES, NAME, i);
  const titleEnd = placesOnly || knownEnd >= 0 ? -1 : trieEnd(r, STARTERS, STARTER, i);
  const nameFirst = knownEnd >= 0 || titleEnd >= 0;
  const place = nameFirst ? null : (parsePlace(r, i, weakOk) ?? (placesOnly || weakOk ? gluedPlace(r, i) : null));
  if (place) return placeItem(place);
  if (placesOnly) return null;
  const name = parseName(r, i, knownEnd, titleEnd);
  if (!name) return null;
  const nameNext = next;
  const after = parsePlace(r, skipFiller(r, nameNext));
  if (!after) next = nameNext;
  return { start: name.start, end: after ? after.end : name.end, name, place: after };
}

function isSeparator(t: Token | undefined): boolean {
  return t !== undefined && (wordBits(t.word) & SEPARATOR) !== 0;
}

/**
 * The phrase of the type word `word` spanning [typeStart, typeEnd) at token i, or null when the type
 * word is part of another facility (`آزمایشگاه بیمارستان X`); sets `next` to the token index to go on
 * from.
 */
export function parsePhrase(r: Reader, i: number, word: TypeWord, typeStart: number, typeEnd: number): Phrase | null {
  const prev = r.tok(i - 1);
  const prevBits = r.bits(i - 1);
  const demonstrative = (prevBits & DEMONSTRATIVE) !== 0;
  if (word.type === '*' && !demonstrative) return null; // `مرکز` alone is no facility
  const afterType = indexAt(r, typeEnd, i);
  // A type word right after this one: this one is part of the other facility's name. Asked before the
  // numbers before the type word are looked for (the reader's numbers are found the same either way).
  if (!demonstrative && trieEnd(r, TYPES, TYPE, afterType) >= 0) return null;
  const phrase: Phrase = {
    type: word.type, anaphor: word.anaphor, start: typeStart, end: typeEnd, typeStart, typeEnd, headEnd: typeEnd,
    plural: word.plural, count: null, quantified: false, demonstrative: false, operator: null, items: NO_ITEMS,
  };
  if (demonstrative) {
    phrase.demonstrative = true;
    phrase.start = prev!.start;
    next = afterType;
    return phrase;
  }
  const n = r.numberEndingAt(typeStart) ?? (prev ? r.numberEndingAt(prev.end) : undefined);
  if (n && (n.end === typeStart || prev?.end === n.end)) {
    phrase.count = n.value;
    phrase.start = n.start;
  }
  if ((prevBits & QUANTIFIER) !== 0 || ((prevBits & FROM) !== 0 && (r.bits(i - 2) & (QUANTIFIER | ONE)) !== 0)) {
    phrase.quantified = true;
  }
  let j = skipFiller(r, afterType);
  phrase.operator = operator;
  if (j > afterType) phrase.headEnd = r.toks[j - 1].end;
  let placesOnly = false;
  if ((r.bits(j) & IN_CUE) !== 0 && (r.bits(j + 1) & CITY_LIST_CUE) !== 0) {
    j += 2;
    placesOnly = true;
  } else if ((r.bits(j) & CITY_LIST_CUE) !== 0) {
    j += 1;
    placesOnly = true;
  }
  const first = parseItem(r, j, placesOnly, placesOnly);
  if (first) {
    const items = [first];
    const isList = placesOnly || phrase.plural || (phrase.count ?? 0) > 1;
    const placeList = placesOnly || first.name === null;
    while (isList && (phrase.count === null || phrase.count <= 1 || items.length < phrase.count)) {
      let k = next;
      let item: Item | null = null;
      if (isSeparator(r.toks[k])) {
        k++;
        if (isSeparator(r.toks[k]) && r.toks[k].text === 'و') k++; // `، و`
        item = parseItem(r, k, placeList, placeList);
      } else if (placeList) {
        const glued = gluedPlace(r, k); // `هریس وبستان آباد`
        if (glued) item = placeItem(glued);
      }
      if (!item) break;
      items.push(item);
    }
    phrase.items = items;
    phrase.end = items[items.length - 1].end;
  }
  next = afterType;
  return phrase;
}

/** A phrase's items when it has none: shared (no phrase's items are changed after the parse). */
const NO_ITEMS: Item[] = [];

/** The token index to go on from after the last `parsePhrase`. */
export const nextToken = (): number => next;

export { indexAt };
