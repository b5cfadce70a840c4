/**
 * Tokens for the officials grammar: the segmenter's tokens of a sentence with their lexicon keys, and
 * glued words split where news copy drops a space (`مدیردرمان` → `مدیر` + `درمان`, `سیدمسعود` → `سید` +
 * `مسعود`); plus the longest-phrase lookup of a lexicon at a token, and a memo per sentence's tokens of
 * what the grammar asks many times.
 *
 * Example: `sentenceTokens` of `مدیردرمان تامین اجتماعی` → tokens `مدیر`, `درمان`, `تامین`, `اجتماعی`,
 * and `matchPhrase(toks, 2, ORG_NAMES)` → `{ value: 'تامین اجتماعی', end: 4 }`.
 */
import { directMemo } from '../../normalize/memo.js';
import { matchPlace, type PlaceMatch } from '../../places/index.js';
import type { Sentence, Token } from '../../segment/index.js';
import {
  BOUNDARIES,
  GLUED_DOMAINS,
  GLUED_HONORIFICS,
  isFirstNameKey,
  MASKED_MAPS,
  type PhraseMap,
  phraseMapsVersion,
  startsMask,
  TITLES,
  tokenKey,
} from './lexicon.js';

export interface Tok {
  text: string;
  key: string;
  start: number;
  end: number;
  kind: Token['kind'];
  /** `startsMask` of the key: the phrase maps an entry of which may start at this token (0 for no word). */
  starts: number;
  /** Is the key a first name (`isFirstNameKey`)? Never for a number or punctuation. */
  firstName: boolean;
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

/** A word's key, phrase starts and first-name test; where it splits (0: it does not), and its pieces. */
interface WordInfo {
  whole: KeyInfo;
  at: number;
  head: KeyInfo | null;
  rest: KeyInfo | null;
}

interface KeyInfo {
  key: string;
  starts: number;
  firstName: boolean;
}

const keyInfo = (text: string): KeyInfo => {
  const key = tokenKey(text);
  return { key, starts: startsMask(key), firstName: isFirstNameKey(key) };
};

const readWord = (text: string): WordInfo => {
  const whole = keyInfo(text);
  // A word with a ZWNJ is written apart already; else the key has the text's length (آ → ا is one for one).
  const at = text.includes('\u200c') ? 0 : splitPoint(whole.key);
  return at === 0 ? { whole, at, head: null, rest: null } : { whole, at, head: keyInfo(text.slice(0, at)), rest: keyInfo(text.slice(at)) };
};

/** Words read once per distinct word (news copy repeats its words), again when a lexicon changes. */
let wordInfo = directMemo(readWord, 15);
let wordInfoVersion = phraseMapsVersion();

const tok = (text: string, start: number, kind: Token['kind'], k: KeyInfo): Tok => ({
  text,
  key: k.key,
  start,
  end: start + text.length,
  kind,
  starts: k.starts,
  firstName: k.firstName,
});

/** The tokens of a sentence with their keys, a glued title+domain or honorific+first name split. */
export function sentenceTokens(sentence: Sentence): Tok[] {
  if (wordInfoVersion !== phraseMapsVersion()) {
    wordInfo = directMemo(readWord, 15);
    wordInfoVersion = phraseMapsVersion();
  }
  const out: Tok[] = [];
  for (const t of sentence.tokens) {
    if (t.kind !== 'word') {
      // A first name is a word: numbers and punctuation are none (nor do phrases start with them).
      out.push({ text: t.text, key: tokenKey(t.text), start: t.start, end: t.start + t.text.length, kind: t.kind, starts: 0, firstName: false });
      continue;
    }
    const w = wordInfo(t.text);
    if (w.at === 0) out.push(tok(t.text, t.start, t.kind, w.whole));
    else {
      out.push(tok(t.text.slice(0, w.at), t.start, t.kind, w.head!));
      out.push(tok(t.text.slice(w.at), t.start + w.at, t.kind, w.rest!));
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
  /** By token index: `isNameToken` of names.ts; `undefined` not asked yet. */
  nameToken: (boolean | undefined)[];
  /** By token index: `matchPlace` at the token's start; `undefined` not asked yet. */
  places: (PlaceMatch | null | undefined)[];
}

/** The grammar reads one sentence at a time: the memo of the last tokens asked about is kept. */
let lastToks: Tok[] | null = null;
let lastMemo: TokMemo = { nameToken: [], places: [] };

/** The memo of a sentence's tokens (the array must not change while it is asked about). */
export function memoOf(toks: Tok[]): TokMemo {
  if (toks !== lastToks) {
    lastToks = toks;
    lastMemo = { nameToken: [], places: [] };
  }
  return lastMemo;
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
  if (i < 0 || i >= toks.length) return null;
  const t = toks[i];
  if (t.kind !== 'word') return null;
  if (dict.id < MASKED_MAPS && (t.starts & (1 << dict.id)) === 0) return null; // no entry starts here
  return longestPhrase(toks, i, dict);
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
