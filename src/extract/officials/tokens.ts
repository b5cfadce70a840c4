/**
 * Tokens for the officials grammar: the segmenter's tokens of a sentence with their lexicon keys, and
 * glued words split where news copy drops a space (`مدیردرمان` → `مدیر` + `درمان`, `سیدمسعود` → `سید` +
 * `مسعود`); plus the longest-phrase lookup of a lexicon at a token, and a memo per sentence's tokens of
 * what the grammar asks many times.
 *
 * Example: `sentenceTokens` of `مدیردرمان تامین اجتماعی` → tokens `مدیر`, `درمان`, `تامین`, `اجتماعی`,
 * and `matchPhrase(toks, 2, ORG_NAMES)` → `{ value: 'تامین اجتماعی', end: 4 }`.
 */
import { memoize } from '../../normalize/memo.js';
import { matchPlace, type PlaceMatch } from '../../places/index.js';
import type { Sentence, Token } from '../../segment/index.js';
import {
  BOUNDARIES,
  GLUED_DOMAINS,
  GLUED_HONORIFICS,
  isFirstNameKey,
  type PhraseMap,
  TITLES,
  tokenKey,
} from './lexicon.js';

export interface Tok {
  text: string;
  key: string;
  start: number;
  end: number;
  kind: Token['kind'];
}

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

interface WordInfo {
  key: string;
  /** Where the word splits (0: it does not), and the keys of its two pieces. */
  at: number;
  headKey: string;
  restKey: string;
}

/** A word's key and split, once per distinct word: news copy repeats its words. */
const wordInfo = memoize((text: string): WordInfo => {
  const key = tokenKey(text);
  // A word with a ZWNJ is written apart already; else the key has the text's length (آ → ا is one for one).
  const at = text.includes('\u200c') ? 0 : splitPoint(key);
  return at === 0
    ? { key, at, headKey: '', restKey: '' }
    : { key, at, headKey: tokenKey(text.slice(0, at)), restKey: tokenKey(text.slice(at)) };
}, 1 << 15);

/** The tokens of a sentence with their keys, a glued title+domain or honorific+first name split. */
export function sentenceTokens(sentence: Sentence): Tok[] {
  const out: Tok[] = [];
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') {
      out.push({ text: t.text, key: tokenKey(t.text), start: t.start, end: t.start + t.text.length, kind: t.kind });
      continue;
    }
    const w = wordInfo(t.text);
    if (w.at === 0) {
      out.push({ text: t.text, key: w.key, start: t.start, end: t.start + t.text.length, kind: t.kind });
      continue;
    }
    const mid = t.start + w.at;
    out.push({ text: t.text.slice(0, w.at), key: w.headKey, start: t.start, end: mid, kind: t.kind });
    out.push({ text: t.text.slice(w.at), key: w.restKey, start: mid, end: t.start + t.text.length, kind: t.kind });
  }
  return out;
}

/**
 * What the grammar asks of one sentence's tokens many times, each answered once: phrase lookups by
 * lexicon and position, whether a token may stand in a name, and the place name at a token.
 */
export interface TokMemo {
  /** By lexicon id, then token index; `undefined` not asked yet. */
  phrases: (PhraseMatch<unknown> | null | undefined)[][];
  /** By token index: 0 not asked yet, 1 no, 2 yes (`isNameToken` of names.ts). */
  nameToken: Uint8Array;
  /** By token index: `matchPlace` at the token's start; `undefined` not asked yet. */
  places: (PlaceMatch | null | undefined)[];
}

const memos = new WeakMap<Tok[], TokMemo>();
/** The grammar asks about one sentence at a time: its memo is kept at hand. */
let lastToks: Tok[] | null = null;
let lastMemo: TokMemo | null = null;

/** The memo of a sentence's tokens (the array must not change after it is first asked about). */
export function memoOf(toks: Tok[]): TokMemo {
  if (toks === lastToks) return lastMemo!;
  let memo = memos.get(toks);
  if (!memo) {
    memo = { phrases: [], nameToken: new Uint8Array(toks.length), places: new Array(toks.length) };
    memos.set(toks, memo);
  }
  lastToks = toks;
  lastMemo = memo;
  return memo;
}

/** The place name at token j's start (`matchPlace` of normalized `text`, which the tokens index). */
export function placeAtToken(text: string, toks: Tok[], j: number): PlaceMatch | null {
  const places = memoOf(toks).places;
  let found = places[j];
  if (found === undefined) places[j] = found = matchPlace(text, toks[j].start);
  return found;
}

export interface PhraseMatch<T> {
  value: T;
  /** Index just past the last token of the match. */
  end: number;
}

/** Punctuation a multi-word name may contain (`بهداشت، درمان و آموزش پزشکی`). */
const INNER_PUNCT = new Set(['،', ',']);

/** The longest entry of `dict` spelled by the tokens from `i` (words; an inner comma allowed). */
export function matchPhrase<T>(toks: Tok[], i: number, dict: PhraseMap<T>): PhraseMatch<T> | null {
  if (i < 0 || i >= toks.length || toks[i].kind !== 'word') return null;
  const phrases = memoOf(toks).phrases;
  let memo = phrases[dict.id];
  if (!memo) phrases[dict.id] = memo = new Array(toks.length);
  let found = memo[i];
  if (found === undefined) memo[i] = found = longestPhrase(toks, i, dict as PhraseMap<unknown>);
  return found as PhraseMatch<T> | null;
}

function longestPhrase<T>(toks: Tok[], i: number, dict: PhraseMap<T>): PhraseMatch<T> | null {
  // A phrase never starts with a function word glued to the next (`و زیر` is no `وزیر`).
  const single = BOUNDARIES.has(toks[i].key);
  let key = '';
  let best: PhraseMatch<T> | null = null;
  let words = 0;
  for (let j = i; j < toks.length && words < dict.maxWords; j++) {
    const t = toks[j];
    if (t.kind === 'punct' && INNER_PUNCT.has(t.text) && j > i) continue;
    if (t.kind !== 'word') break;
    key += t.key;
    words++;
    if (single && words > 1) break;
    if (!dict.prefixes.has(key)) break; // no entry goes on from here
    const value = dict.get(key);
    if (value !== undefined) best = { value, end: j + 1 };
  }
  return best;
}
