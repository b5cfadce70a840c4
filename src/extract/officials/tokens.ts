/**
 * Tokens for the officials grammar: the segmenter's tokens of a sentence with their lexicon keys, and
 * glued words split where news copy drops a space (`مدیردرمان` → `مدیر` + `درمان`, `سیدمسعود` → `سید` +
 * `مسعود`); plus the longest-phrase lookup of a lexicon at a token, and a memo per sentence's tokens of
 * what the grammar asks many times.
 *
 * Example: `sentenceTokens` of `مدیردرمان تامین اجتماعی` → tokens `مدیر`, `درمان`, `تامین`, `اجتماعی`,
 * and `matchPhrase(toks, 2, ORG_NAMES)` → `{ value: 'تامین اجتماعی', end: 4 }`.
 */
import { matchPlace, mayStartPlace, type PlaceMatch } from '../../places/index.js';
import type { Sentence, Token } from '../../segment/index.js';
import type { Word as WordRecord } from '../../segment/words.js';
import * as lexicon from './lexicon.js';
import type { PhraseMap } from './lexicon.js';
import { leadOf, NO_LEAD } from './leads.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { BOUNDARIES, GLUED_DOMAINS, GLUED_HONORIFICS, HONORIFICS, isFirstNameKey, isVerbLike, longerMask, MASKED_MAPS, phraseMapsVersion, PRONOUNS, startsMask, TITLES, tokenKey, wholeMask } = lexicon;

/**
 * A word or mark as read once (news copy repeats its words): its text, kind, key and lexicon bits, and
 * where it splits (0: it does not) with its two pieces. Shared by every token that spells it.
 */
export interface Word {
  // The fields the pass over every token reads come first: the object's first cache line.
  /** `phraseMapsVersion` when the word was read: a reading of older lexicons is read again. */
  version: number;
  /** Where a glued word splits (`مدیردرمان` → 4), or 0; its pieces are `head` and `rest`. */
  at: number;
  /** What may start at this word (`STARTS_TITLE`, `STARTS_NAME`, `STARTS_PRONOUN`): the grammar's gates. */
  opens: number;
  /** `leadOf` the word's text (leads.ts), NO_LEAD for a number or mark: which surnames may start here. */
  lead: number;
  text: string;
  kind: Token['kind'];
  key: string;
  /** `startsMask` of the key: the phrase maps an entry of which may start at this token (0 for no word). */
  starts: number;
  /** Is the key a first name (`isFirstNameKey`)? Never for a number or punctuation. */
  firstName: boolean;
  /** `wholeMask` of the key: the phrase maps with an entry of this token alone (0 for no word). */
  whole: number;
  /**
   * `longerMask` of the key: the phrase maps where a phrase from this token may go on to the next (0
   * for no word, and for a function word, which is a phrase alone).
   */
  longer: number;
  /** Does the key look like a verb form (`isVerbLike`)? Never for a number or punctuation. */
  verb: boolean;
  /**
   * May the word stand inside a role phrase or a name, as far as the word alone tells: a word of two
   * chars or more, no function word, verb or one-word anaphor (`isContentWord` asks the next word too).
   */
  plain: boolean;
  /** The two pieces of a split word, each a record of its own (null when it does not split). */
  head: WordRecord | null;
  rest: WordRecord | null;
  /** May a place name start at a token of this word (`PLACE_MAYBE`, `PLACE_NONE`; 0: not asked yet)? */
  place: number;
}

/**
 * A token of the grammar: a segmenter token, whose record holds its `Word` (`lex`); the pieces of a
 * split word are tokens of their own (made by `sentenceTokens`, rare). No token object is made for the
 * grammar: a sentence without a split word is read as the segmenter's array.
 */
export type Tok = Token;

/** The officials reading of a grammar token (current: `sentenceTokens` read it). */
export const lex = (t: Tok): Word => t.word.officials as Word;

/** Where a glued title+domain or honorific+first name splits (`مدیردرمان` → 4), or 0. */
function splitPoint(key: string): number {
  for (let i = 2; i < key.length - 1; i++) {
    const head = key.slice(0, i);
    const rest = key.slice(i);
    if (TITLES.map.has(head) && GLUED_DOMAINS.has(rest) && !TITLES.map.has(key)) return i;
    if (GLUED_HONORIFICS.includes(head) && isFirstNameKey(rest)) return i;
  }
  return 0;
}

/** The lexicons' version the words being read are read under (set per sentence). */
let wordsVersion = phraseMapsVersion();

/**
 * The gates, bits of `Word.opens`: a post starts only where TITLES may match (roleAt's first lookup is
 * `matchPhrase(toks, i, TITLES)`), a name only at a first name or where HONORIFICS may match (nameAt's
 * first test), an anaphor only at the first word of one (`PRONOUNS`).
 */
const STARTS_TITLE = 1;
const STARTS_NAME = 2;
const STARTS_PRONOUN = 4;

/** The first words of the anaphors, and the one-word anaphors (`وی`, `او`). */
const PRONOUN_STARTS = new Set(PRONOUNS.map((p) => p[0]));
const ONE_WORD_PRONOUNS = new Set(PRONOUNS.filter((p) => p.length === 1).map((p) => p[0]));

/**
 * The gate bits of a word of this kind and lexicon bits. `matchPhrase` finds an entry of a map only at a
 * word with an entry of it alone (`whole`) or from which one goes on (`longer`); a word that only spells
 * the start of one (`در` of `دریادار`, a function word) finds none.
 */
function opensOf(kind: Token['kind'], key: string, whole: number, longer: number, firstName: boolean): number {
  let opens = PRONOUN_STARTS.has(key) ? STARTS_PRONOUN : 0;
  if (kind !== 'word') return opens;
  if (TITLES.id >= MASKED_MAPS || ((whole | longer) & (1 << TITLES.id)) !== 0) opens |= STARTS_TITLE;
  if (firstName || HONORIFICS.id >= MASKED_MAPS || ((whole | longer) & (1 << HONORIFICS.id)) !== 0) opens |= STARTS_NAME;
  return opens;
}

/** A word's key and bits, not split. */
function wordOf(text: string): Word {
  const key = tokenKey(text);
  // A phrase never starts with a function word glued to the next (`و زیر` is no `وزیر`).
  const longer = BOUNDARIES.has(key) ? 0 : longerMask(key);
  const starts = startsMask(key);
  const firstName = isFirstNameKey(key);
  const whole = wholeMask(key);
  const opens = opensOf('word', key, whole, longer, firstName);
  const verb = isVerbLike(key);
  const plain = key.length >= 2 && !BOUNDARIES.has(key) && !verb && !ONE_WORD_PRONOUNS.has(key);
  return { version: wordsVersion, at: 0, opens, lead: leadOf(text), text, kind: 'word', key, starts, firstName, whole, longer, verb, plain, head: null, rest: null, place: 0 };
}

function readWord(text: string, kind: Token['kind']): Word {
  // A first name is a word: numbers and punctuation are none (nor do phrases start with them).
  if (kind !== 'word') {
    const key = tokenKey(text);
    const opens = opensOf(kind, key, 0, 0, false);
    return { version: wordsVersion, at: 0, opens, lead: NO_LEAD, text, kind, key, starts: 0, firstName: false, whole: 0, longer: 0, verb: false, plain: false, head: null, rest: null, place: 0 };
  }
  const w = wordOf(text);
  // A word with a ZWNJ is written apart already; else the key has the text's length (آ → ا is one for one).
  const at = text.includes('\u200c') ? 0 : splitPoint(w.key);
  if (at !== 0) {
    w.at = at;
    w.head = pieceRecord(text.slice(0, at));
    w.rest = pieceRecord(text.slice(at));
  }
  return w;
}

/** A piece of a split word as a record of its own (the shape of segment/words.ts's records). */
const pieceRecord = (text: string): WordRecord => ({ text, officials: wordOf(text), facility: null, dates: null });

/**
 * The officials reading of a segmenter token, kept on its shared word record (segment/words.ts): read
 * once per distinct word, again when a lexicon changes.
 */
function wordInfo(t: Token): Word {
  const kept = t.word.officials as Word | null;
  return kept !== null && kept.version === wordsVersion ? kept : readInto(t);
}

/** Reads token t's word anew (first seen, or read under older lexicons) and keeps it on its record. */
function readInto(t: Token): Word {
  const w = readWord(t.text, t.kind);
  t.word.officials = w;
  return w;
}

/** Token indexes in order, in a list kept from sentence to sentence (no array grown anew each time). */
export class Indexes {
  items = new Int32Array(64);
  count = 0;
  add(j: number): void {
    if (this.count === this.items.length) {
      const more = new Int32Array(this.count * 2);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.count++] = j;
  }
  /** The list's array, with room for `extra` more after `count` (to be written in place). */
  room(extra: number): Int32Array {
    if (this.count + extra > this.items.length) {
      const more = new Int32Array((this.count + extra) * 2);
      more.set(this.items);
      this.items = more;
    }
    return this.items;
  }
}

/**
 * The token indexes of a sentence where a post or a name may start (the `opens` gates), cleared by
 * `sentenceTokens`; and where an anaphor may start, sentence after sentence (its caller clears it: the
 * indexes of many sentences in one list, not a list of their own each).
 */
export interface Openings {
  titles: Indexes;
  names: Indexes;
  pronouns: Indexes;
}

/** Adds token j's gates to `openings`. */
function noteOpens(openings: Openings, opens: number, j: number): void {
  if ((opens & STARTS_TITLE) !== 0) openings.titles.add(j);
  if ((opens & STARTS_NAME) !== 0) openings.names.add(j);
  if ((opens & STARTS_PRONOUN) !== 0) openings.pronouns.add(j);
}

/**
 * The tokens of a sentence, a glued title+domain or honorific+first name split, their words read;
 * `openings`'s lists are set to where the tokens open a post or name (and the anaphors' added to
 * `openings.pronouns`), and the tokens' `Word.lead` are added to `leads` (read in the same pass, which
 * reaches each token's word anyway). Without a split word (most sentences), the segmenter's array itself.
 */
export function sentenceTokens(sentence: Sentence, openings: Openings, leads: Indexes): Tok[] {
  const version = (wordsVersion = phraseMapsVersion());
  lastToks = null;
  const tokens = sentence.tokens;
  const n = tokens.length;
  openings.titles.count = openings.names.count = 0;
  // The leads and openings are written into their lists in place (this loop runs over every token of
  // the article); a list's count is kept in a local until the end.
  const leadItems = leads.room(n);
  let c = leads.count;
  const titles = openings.titles.room(n);
  const names = openings.names.room(n);
  const pronouns = openings.pronouns.room(n);
  let nt = 0;
  let nn = 0;
  let np = openings.pronouns.count;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    let w = t.word.officials as Word | null;
    if (w === null || w.version !== version) w = readInto(t);
    if (w.at !== 0) {
      leads.count = c;
      openings.titles.count = nt;
      openings.names.count = nn;
      openings.pronouns.count = np;
      return splitFrom(tokens, k, openings, leads);
    }
    const opens = w.opens;
    if (opens !== 0) {
      if ((opens & STARTS_TITLE) !== 0) titles[nt++] = k;
      if ((opens & STARTS_NAME) !== 0) names[nn++] = k;
      if ((opens & STARTS_PRONOUN) !== 0) pronouns[np++] = k;
    }
    leadItems[c++] = w.lead;
  }
  leads.count = c;
  openings.titles.count = nt;
  openings.names.count = nn;
  openings.pronouns.count = np;
  return tokens;
}

/** `sentenceTokens` from token k on, which splits: a new array, the tokens before k as they are. */
function splitFrom(tokens: Token[], k: number, openings: Openings, leads: Indexes): Tok[] {
  const out = tokens.slice(0, k);
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    const w = wordInfo(t);
    if (w.at === 0) {
      noteOpens(openings, w.opens, out.length);
      leads.add(w.lead);
      out.push(t);
    } else {
      const head = w.head!;
      const rest = w.rest!;
      noteOpens(openings, (head.officials as Word).opens, out.length);
      noteOpens(openings, (rest.officials as Word).opens, out.length + 1);
      leads.add((head.officials as Word).lead);
      leads.add((rest.officials as Word).lead);
      const at = t.start + w.at;
      out.push({ text: head.text, start: t.start, end: at, kind: 'word', word: head });
      out.push({ text: rest.text, start: at, end: at + rest.text.length, kind: 'word', word: rest });
    }
  }
  return out;
}

/**
 * What the grammar may ask of one sentence's tokens more than once (a name is tried from each of its
 * words; a role and a name both ask for places), each answered once: whether a token may stand in a
 * name, and the place name at a token. (Phrase lookups are not kept: each token's `starts` bits answer
 * most of them at once, and the rest are rarely asked twice.)
 */
export interface TokMemo {
  /** By token index: `isNameToken` of names.ts, as `NAME_TOKEN` or `NOT_NAME_TOKEN`; 0 not asked yet. */
  nameToken: Int8Array;
}
export const NAME_TOKEN = 1;
export const NOT_NAME_TOKEN = 2;

/**
 * The grammar reads one sentence at a time: the memo of the last tokens asked about is kept, its lists
 * reused from sentence to sentence (cleared, not made anew). `sentenceTokens` forgets it: a sentence read
 * again (the same segmenter array) after a lexicon change is asked again.
 */
let lastToks: Tok[] | null = null;
const memo: TokMemo = { nameToken: new Int8Array(256) };
/**
 * The place names at the tokens (`placeAtToken`): `places[j]` is an answer for the tokens asked about
 * when `placesAt[j]` is their `stamp` (a new stamp per sentence: nothing to clear, few tokens are asked).
 */
let places: (PlaceMatch | null)[] = new Array<PlaceMatch | null>(256).fill(null);
let placesAt = new Int32Array(256);
let stamp = 0;

/** The memo of a sentence's tokens (the array must not change while it is asked about). */
export function memoOf(toks: Tok[]): TokMemo {
  if (toks !== lastToks) {
    lastToks = toks;
    if (memo.nameToken.length < toks.length) memo.nameToken = new Int8Array(toks.length * 2);
    else memo.nameToken.fill(0, 0, toks.length);
    if (placesAt.length < toks.length) {
      places = new Array<PlaceMatch | null>(toks.length * 2).fill(null);
      placesAt = new Int32Array(toks.length * 2);
    }
    if (stamp === 0x7fffffff) {
      placesAt.fill(0);
      stamp = 0;
    }
    stamp++;
  }
  return memo;
}

/** `Word.place`: no place name starts at a token of the word; one may. */
const PLACE_NONE = 1;
const PLACE_MAYBE = 2;

/**
 * The place name at token j's start (`matchPlace` of normalized `text`, which the tokens index). None
 * where the word tells so (`mayStartPlace`: the gazetteer's walk from the token reads the word's chars
 * first, and fails inside them as it would in the word alone), asked once per distinct word: most words
 * asked about are no place, and their text is not walked again.
 */
export function placeAtToken(text: string, toks: Tok[], j: number): PlaceMatch | null {
  const w = lex(toks[j]);
  let place = w.place;
  if (place === 0) place = w.place = mayStartPlace(w.text) ? PLACE_MAYBE : PLACE_NONE;
  if (place === PLACE_NONE) return null;
  memoOf(toks);
  if (placesAt[j] === stamp) return places[j];
  const found = matchPlace(text, toks[j].start);
  places[j] = found;
  placesAt[j] = stamp;
  return found;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index just past the last token of the match. */
  end: number;
}

/** Punctuation a multi-word name may contain (`بهداشت، درمان و آموزش پزشکی`). */
const INNER_PUNCT = new Set(['،', ',']);

/**
 * Where the longest entry of `dict` from token `i` ends (`matchPhrase`'s end), or -1 for none: for the
 * callers that ask only whether an entry starts at token `i`, or where it ends (no match object made, no
 * entry looked up).
 */
export function phraseEnd<T>(toks: Tok[], i: number, dict: PhraseMap<T>, end = toks.length): number {
  if (i < 0 || i >= end) return -1;
  const t = toks[i];
  if (t.kind !== 'word') return -1;
  const w = lex(t);
  if (dict.id >= MASKED_MAPS) return longestEnd(toks, i, end, dict, BOUNDARIES.has(w.key));
  const bit = 1 << dict.id;
  if ((w.starts & bit) === 0) return -1;
  if ((w.longer & bit) === 0) return (w.whole & bit) === 0 ? -1 : i + 1;
  return longestEnd(toks, i, end, dict, false);
}

/**
 * The longest entry of `dict` spelled by the tokens from `i` (words; an inner comma allowed), before
 * token `end` (by default the last): `phraseEnd` and the entry there. An entry of one token is keyed by
 * that token's key (found by the token's bits, with no walk, or walked to `foundNode`: the same entry);
 * a longer one is the entry of the node `longestEnd` ended on.
 */
export function matchPhrase<T>(toks: Tok[], i: number, dict: PhraseMap<T>, end = toks.length): PhraseMatch<T> | null {
  const found = phraseEnd(toks, i, dict, end);
  if (found === -1) return null;
  return { value: (found === i + 1 ? dict.get(lex(toks[i]).key) : dict.entryAt(foundNode)) as T, end: found };
}

/** The trie node of the entry `longestEnd` found last. */
let foundNode = 0;

/**
 * The end of the entry from token `i` (before token `end`) found by stepping through the keys' trie
 * token by token, or -1; its node in `foundNode`. `single`: one word at most.
 */
function longestEnd<T>(toks: Tok[], i: number, end: number, dict: PhraseMap<T>, single: boolean): number {
  let node = 0; // the trie node of the tokens' keys so far
  let best = -1;
  let words = 0;
  for (let j = i; j < end && words < dict.maxWords; j++) {
    const t = toks[j];
    if (t.kind === 'punct' && INNER_PUNCT.has(t.text) && j > i) continue;
    if (t.kind !== 'word') break;
    words++;
    if (single && words > 1) break;
    node = dict.step(node, lex(t).key);
    if (node === -1) break; // no entry goes on from here
    if (dict.entryAt(node) !== undefined) {
      best = j + 1;
      foundNode = node;
    }
  }
  return best;
}
