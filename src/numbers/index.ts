/**
 * numbers: every cardinal number of normalized text (digits, words, mixed, magnitudes), parsed
 * exactly; ordinals and codes are not amounts. Used by every extractor that reads a quantity.
 *
 * Example: `findNumbers('با دو میلیون و 680 هزار و 413میلیارد')` →
 * [{ text: 'دو میلیون و 680 هزار', value: 2680000, … }, { text: '413میلیارد', value: 413e9, … }];
 * `parseNumber('هزار میلیارد')` → 1e12; `parseOrdinal('بیست و دوم')` → 22.
 */
import { memoize } from '../normalize/memo.js';
import type { Token } from '../segment/index.js';
import { AMBIGUOUS, CODE_CUES, mayBeNumberWord, NAMES_WITH, ORDINAL_SUFFIXES, VAGUE_BEFORE, WORDS } from './lexicon.js';
import { ordinalStem, parseOrdinalWith } from './ordinal.js';
import { parsePhrase, type Phrase, type PhraseOptions } from './grammar.js';
import { itemText, scan, scanInto, type Item, type ScanOptions } from './scan.js';

export interface NumberMatch {
  start: number;
  end: number;
  value: number;
  text: string;
  words: string[];
}

/** Options for a caller that knows its units: `4/5 دلار` is a decimal, `هزارتومان` is glued. */
export type FindOptions = PhraseOptions & ScanOptions;
export { clean } from './grammar.js';

/** Can a number start with an item of this kind (digits, a number word other than `و`)? */
const isStart = (kind: Item['kind']) => kind !== 'word' && kind !== 'punct' && kind !== 'and';
const SUFFIXES = new Set(ORDINAL_SUFFIXES);
/** Suffixes written apart from digits: `۲۲ ام`, `۲۲ امین` (not `م`). */
const SPACED_SUFFIXES = new Set(ORDINAL_SUFFIXES.filter((s) => s.length > 1 && s.startsWith('ا')));

const isJoined = (it: Item | undefined): it is Item => it !== undefined && (it.gap === '' || it.gap === ' ');

/**
 * The longest phrase at i that does not end inside a word (`سینه` is not سی + نه); items[0, n) are
 * the scan's.
 */
function phraseAt(text: string, items: Item[], n: number, i: number, opts: PhraseOptions): Phrase | null {
  let limit = n;
  let ph = parsePhrase(text, items, i, limit, opts);
  while (ph && ph.end < n && items[ph.end].token === items[ph.end - 1].token) {
    const token = items[ph.end - 1].token;
    limit = ph.end - 1;
    while (limit > i && items[limit - 1].token === token) limit--;
    ph = limit > i ? parsePhrase(text, items, i, limit, opts) : null;
  }
  return ph;
}

/** Why a parsed phrase is not a cardinal: an ordinal, a fraction, a code or a word of another sense. */
function rejected(text: string, items: Item[], n: number, i: number, ph: Phrase): boolean {
  const next = ph.end < n ? items[ph.end] : undefined;
  const after = ph.end + 1 < n ? items[ph.end + 1] : undefined;
  if (isJoined(next) && next.kind === 'word') {
    const word = itemText(text, next);
    if (next.gap === '' && items[ph.end - 1].kind === 'digits' && SUFFIXES.has(word)) return true; // ۲۲ام
    if (next.gap === ' ' && SPACED_SUFFIXES.has(word)) return true; // ۲۲ ام
    if (next.gap === ' ' && ordinalStem(word)) return true; // یک چهارم: a fraction
    if (items[ph.end - 1].kind !== 'digits' && NAMES_WITH.has(word)) return true; // سه شنبه
  }
  // بیست و دوم, صد و یکمین
  if (isJoined(next) && next.kind === 'and' && isJoined(after) && after.kind === 'word' && ordinalStem(itemText(text, after))) return true;
  // چند هزار میلیارد: a vague count.
  const prev = i > 0 ? items[i - 1] : undefined;
  if (items[i].kind === 'magnitude' && isJoined(items[i]) && prev?.kind === 'word' && VAGUE_BEFORE.has(itemText(text, prev))) return true;
  const only = ph.end - i === 1 ? items[i] : null;
  if (only?.kind === 'digits' && codeCueBefore(text, items, i)) return true;
  if (only) {
    const notBefore = AMBIGUOUS.get(itemText(text, only));
    if (notBefore && (!isJoined(next) || next.kind !== 'word' || notBefore.has(itemText(text, next)))) return true;
  }
  return false;
}

/** `کد خبر : 26984`, `تلفن 88776655`, `طرح 3070`: the word before (maybe with a colon) is a code cue. */
function codeCueBefore(text: string, items: Item[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && items[k].kind === 'punct' && itemText(text, items[k]) === ':' && /^ ?$/.test(items[i].gap)) k--;
  else if (!isJoined(items[i])) return false;
  if (k < 0 || items[k].kind !== 'word') return false;
  if (CODE_CUES.has(itemText(text, items[k]))) return true;
  // 'کد خبر', 'شماره تماس': a cue one word further back.
  return k > 0 && isJoined(items[k]) && items[k - 1].kind === 'word' && CODE_CUES.has(itemText(text, items[k - 1]));
}

/** Every cardinal number in normalized text, longest match, in order (digits, words, mixed, magnitudes). */
export function findNumbers(text: string, opts: FindOptions = {}): NumberMatch[] {
  return findNumbersIn(text, 0, text.length, opts);
}

/**
 * The items of the last scan of `findNumbersIn`: one array and its objects serve every scan (the
 * grammar reads them before the next scan, and nothing it calls scans).
 */
const ITEMS: Item[] = [];
/** How many items ITEMS keeps past a scan: a huge stretch's are let go. */
const KEEP = 4096;

/**
 * `findNumbers(text.slice(from, to))` with the offsets of `text`, without making the slice: the
 * numbers of a stretch of an article, the text outside unseen. They are added to `out`, if given.
 */
export function findNumbersIn(text: string, from: number, to: number, opts: FindOptions = {}, out: NumberMatch[] = []): NumberMatch[] {
  const items = ITEMS;
  const n = scanInto(items, text, from, to, opts);
  let i = 0;
  while (i < n) {
    const it = items[i];
    if (!isStart(it.kind) || (i > 0 && items[i - 1].token === it.token)) {
      i++;
      continue;
    }
    const ph = phraseAt(text, items, n, i, opts);
    if (!ph) {
      i++;
      continue;
    }
    if (!rejected(text, items, n, i, ph)) {
      const start = it.start;
      const end = items[ph.end - 1].end;
      const words: string[] = [];
      for (let k = i; k < ph.end; k++) words.push(itemText(text, items[k]));
      out.push({ start, end, value: ph.value, text: text.slice(start, end), words });
    }
    i = ph.end;
  }
  if (items.length > KEEP) items.length = KEEP;
  return out;
}

/**
 * Can `findNumbers` find anything in the text these segment tokens (those of [from, to)) cover? A
 * digit always starts a number token, and a number word starts a word token with the first chars of
 * one (`mayBeNumberWord`); false spares the scan.
 */
export function mayHoldNumbers(text: string, tokens: Token[], from = 0, to = tokens.length): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'number' || (t.kind === 'word' && mayBeNumberWord(text, t.start, t.end))) return true;
    // A high surrogate takes the next char into its token, a digit or a letter too: look closer.
    if (t.kind === 'punct' && t.end - t.start > 1) return true;
  }
  return false;
}

/** Parse a whole string as one cardinal number, or null (`دو میلیون و ۶۸۰ هزار` → 2680000). */
export function parseNumber(text: string, opts?: FindOptions): number | null {
  if (opts === undefined || (opts.gluedUnit === undefined && opts.slashBefore === undefined)) return parsePlain(text);
  return parseWith(text, opts);
}

const parsePlain = memoize((text: string) => parseWith(text, {}));

function parseWith(text: string, opts: FindOptions): number | null {
  const t = text.trim();
  if (t === '') return null;
  const items = scan(t, 0, t.length, opts);
  if (items.length === 0 || !isStart(items[0].kind)) return null;
  const ph = parsePhrase(t, items, 0, items.length, opts);
  if (!ph || ph.end !== items.length) return null;
  return ph.value;
}

/** Parse an ordinal: `اول`/`یکم` → 1, `دوم` → 2, `بیست و دوم` → 22, `سی‌ام` → 30, `۲۲ام` → 22; else null. */
export const parseOrdinal: (text: string) => number | null = memoize((text) => parseOrdinalWith(text, (s) => parseNumber(s)));

/**
 * The first stack of magnitudes a number is written with (`۱۲ میلیون و ۵۰۰ هزار` → 1e6,
 * `۱۲۰ هزار میلیارد` → 1e12), or 1 when it has none: what a bare list member before it shares
 * (`بین ۱۰ تا ۱۲ میلیارد` → 10e9).
 */
export function leadingMagnitude(match: NumberMatch): number {
  let product = 1;
  let seen = false;
  for (const w of match.words) {
    const entry = WORDS.get(w);
    if (entry?.kind === 'magnitude') {
      product *= entry.value;
      seen = true;
    } else if (seen) break;
  }
  return product;
}
