/**
 * Tokens for the officials grammar: the segmenter's tokens of a sentence with their lexicon keys, and
 * glued words split where news copy drops a space (`مدیردرمان` → `مدیر` + `درمان`, `سیدمسعود` → `سید` +
 * `مسعود`); plus the longest-phrase lookup of a lexicon at a token.
 *
 * Example: `sentenceTokens` of `مدیردرمان تامین اجتماعی` → tokens `مدیر`, `درمان`, `تامین`, `اجتماعی`,
 * and `matchPhrase(toks, 2, ORG_NAMES)` → `{ value: 'تامین اجتماعی', end: 4 }`.
 */
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

function piece(t: Token, from: number, to: number): Tok {
  const text = t.text.slice(from, to);
  return { text, key: tokenKey(text), start: t.start + from, end: t.start + to, kind: t.kind };
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

const splitMemo = new Map<string, number>();

/** Split a glued title+domain or honorific+first name; else the token as it is. */
function split(t: Token): Tok[] {
  const whole = piece(t, 0, t.text.length);
  if (t.kind !== 'word' || t.text.includes('\u200c')) return [whole];
  let at = splitMemo.get(t.text);
  if (at === undefined) {
    if (splitMemo.size > 100_000) splitMemo.clear(); // words repeat: a bounded memo
    at = splitPoint(whole.key); // the key has the text's length: no ZWNJ here, آ → ا is one for one
    splitMemo.set(t.text, at);
  }
  return at === 0 ? [whole] : [piece(t, 0, at), piece(t, at, t.text.length)];
}

export function sentenceTokens(sentence: Sentence): Tok[] {
  return sentence.tokens.flatMap(split);
}

export interface PhraseMatch<T> {
  value: T;
  /** Index just past the last token of the match. */
  end: number;
}

/** Punctuation a multi-word name may contain (`بهداشت، درمان و آموزش پزشکی`). */
const INNER_PUNCT = new Set(['،', ',']);

/** Results by sentence tokens, lexicon and position: the grammar asks the same question many times. */
const phraseMemo = new WeakMap<Tok[], Map<PhraseMap<unknown>, (PhraseMatch<unknown> | null)[]>>();

/** The longest entry of `dict` spelled by the tokens from `i` (words; an inner comma allowed). */
export function matchPhrase<T>(toks: Tok[], i: number, dict: PhraseMap<T>): PhraseMatch<T> | null {
  if (i < 0 || i >= toks.length || toks[i].kind !== 'word') return null;
  let byDict = phraseMemo.get(toks);
  if (!byDict) phraseMemo.set(toks, (byDict = new Map()));
  let memo = byDict.get(dict as PhraseMap<unknown>);
  if (!memo) byDict.set(dict as PhraseMap<unknown>, (memo = new Array(toks.length)));
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
