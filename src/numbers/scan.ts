/**
 * numbers/scan: cut normalized text into the items a number phrase is made of — digit runs (with
 * thousands separators and decimals), number words (split where glued), and everything else as a
 * breaking item — with the gap before each item.
 *
 * Example: `۴۱۳میلیارد تومان` (normalized `413میلیارد تومان`) → digits 413 (gap ''), magnitude
 * میلیارد (gap ''), word تومان (gap ' ').
 */
import * as chars from '../segment/chars.js';
import { memoize } from '../normalize/memo.js';
import { mayBeNumberWord, splitNumberWord, type WordPart, type WordKind } from './lexicon.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, codesOf, DIGIT, flagsAt, isPair, LETTER, MARK, SPACE, ZWNJ_FLAG } = chars;

export type ItemKind = WordKind | 'digits' | 'word' | 'punct';

export interface Item {
  kind: ItemKind;
  start: number;
  end: number;
  /**
   * The item's text; null for a word that is no number word and for punctuation, whose text is read
   * only next to a number (`itemText`): most items of a scan are such words, left unsliced.
   */
  text: string | null;
  value: number;
  /** Digits only: written with `/` between digits (`4/5`): a decimal only before a unit or magnitude. */
  slash?: boolean;
  /** Digits only: a code, not an amount (phone, time, date, leading zero, glued to Latin letters). */
  code?: boolean;
  /** Index of the text token this item comes from (a split word gives several items of one token). */
  token: number;
  /** The text between the previous item and this one ('' glued, ' ' spaced, anything else breaks). */
  gap: string;
}

/** `[A-Za-z]` */
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const INTEGER = /^\d+$/;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
const DECIMAL = /^\d+\.\d+$/;
const SLASH = /^\d+\/\d+$/;
const SHORT_RANGE = /^([1-9]\d{0,2})-([1-9]\d{0,2})$/;
const MAX_INT_DIGITS = 16;

/** The value of a digit run, or null when it is not a plain amount (a code). */
function digitValue(run: string): { value: number; slash?: boolean } | null {
  let intPart: string;
  let value: number;
  let slash = false;
  if (INTEGER.test(run)) {
    intPart = run;
    value = Number(run);
  } else if (COMMA_THOUSANDS.test(run)) {
    const clean = run.replace(/,/g, '');
    intPart = clean.split('.')[0];
    value = Number(clean);
  } else if (DOT_THOUSANDS.test(run)) {
    intPart = run.replace(/\./g, '');
    value = Number(intPart);
  } else if (DECIMAL.test(run)) {
    intPart = run.split('.')[0];
    value = Number(run);
  } else if (SLASH.test(run)) {
    const [i, f] = run.split('/');
    intPart = i;
    value = Number(`${i}.${f}`);
    slash = true;
  } else return null;
  if (intPart.length > 1 && intPart[0] === '0') return null; // 021, 0912…: a code
  if (intPart.length > MAX_INT_DIGITS) return null;
  return slash ? { value, slash } : { value };
}

export interface ScanOptions {
  /**
   * A unit that may be glued to a number word (`هزارتومان`, `صددرصد`): the word is cut into the
   * number words and the unit.
   */
  gluedUnit?: (rest: string) => boolean;
}

const WORDISH = LETTER | MARK | ZWNJ_FLAG;
const JOINERS = new Set([0x2c, 0x2e, 0x2f, 0x3a, 0x2d]); // , . / : -

const DIGITS = 1;
const WORD = 2;
const SPACES = 3;
const OTHER = 4;
/** What `tokenEnd` found: the kind of the token (one of the four above). */
let tokenKind = 0;

/**
 * Flags of the code point at i when it lies wholly before `to`: a pair cut by `to` is a lone
 * surrogate, as in `text.slice(0, to)`.
 */
function flagsWithin(text: string, i: number, to: number): number {
  return i + 1 < to ? flagsAt(text, i) : 0;
}

/**
 * The end of the token starting at i, text past `to` unseen (its kind in `tokenKind`) — the same cut
 * as the regex `(\d(?:[\d,./:\-]*\d)?)|([\p{L}\p{M}\u200c]+)|(\s+)|([^])` (u flag) over
 * `text.slice(0, to)`, read over a flag table on the code units `codes` of text (`codeUnits`).
 */
function tokenEnd(text: string, codes: Uint16Array, i: number, to: number): number {
  const c = codes[i];
  const f = CHAR_FLAGS[c];
  if (f & DIGIT) {
    let end = i + 1;
    for (let j = i + 1; j < to; j++) {
      const d = codes[j];
      if (CHAR_FLAGS[d] & DIGIT) end = j + 1;
      else if (!JOINERS.has(d)) break;
    }
    tokenKind = DIGITS;
    return end;
  }
  if (f & WORDISH || (f === 0 && flagsWithin(text, i, to) & WORDISH)) {
    let j = i;
    while (j < to) {
      const g = CHAR_FLAGS[codes[j]];
      if (g & WORDISH) j++;
      else if (g === 0 && flagsWithin(text, j, to) & WORDISH) j += 2; // an astral letter
      else break;
    }
    tokenKind = WORD;
    return j;
  }
  if (f & SPACE) {
    let j = i + 1;
    while (j < to && CHAR_FLAGS[codes[j]] & SPACE) j++;
    tokenKind = SPACES;
    return j;
  }
  tokenKind = OTHER;
  return i + 1 < to && isPair(c, codes[i + 1]) ? i + 2 : i + 1;
}

/** Texts this long are an article's (or a part of one): their code units are those chars.ts keeps. */
const LONG = 64;
/** The code units of a short text (a phrase to parse), copied here: not to displace the article's. */
let scratch = new Uint16Array(LONG + 2);

/** The code units of `text` (two zeros after), read faster than `charCodeAt` in the scan's loops. */
function codeUnits(text: string): Uint16Array {
  if (text.length >= LONG) return codesOf(text);
  if (scratch.length < text.length + 2) scratch = new Uint16Array(text.length + 2);
  for (let i = 0; i < text.length; i++) scratch[i] = text.charCodeAt(i);
  scratch[text.length] = 0;
  scratch[text.length + 1] = 0;
  return scratch;
}

/** The token cut of `text` (spaces included): [start, end) of each token, for tests and tools. */
export function tokenSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const codes = codeUnits(text);
  for (let start = 0; start < text.length; ) {
    const end = tokenEnd(text, codes, start, text.length);
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The text of an item of a scan of `text`. */
export function itemText(text: string, it: Item): string {
  return it.text ?? text.slice(it.start, it.end);
}

/** How many items of the array being filled are this scan's (see `scanInto`). */
let filled = 0;

/** Put the next item into `out`: over the object already there (from an earlier scan), or a new one. */
function put(out: Item[], kind: ItemKind, start: number, end: number, text: string | null, value: number, token: number, gap: string): Item {
  if (filled === out.length) {
    const it: Item = { kind, start, end, text, value, slash: undefined, code: undefined, token, gap };
    out.push(it);
    filled++;
    return it;
  }
  const it = out[filled++];
  it.kind = kind;
  it.start = start;
  it.end = end;
  it.text = text;
  it.value = value;
  it.slash = undefined;
  it.code = undefined;
  it.token = token;
  it.gap = gap;
  return it;
}

type Glued = { parts: WordPart[]; unit: { offset: number; word: string } } | null;
/** `splitGluedUnit` memoized per unit test. */
const gluedSplitters = new WeakMap<(rest: string) => boolean, (word: string) => Glued>();
function gluedSplitter(isUnit: (rest: string) => boolean): (word: string) => Glued {
  let f = gluedSplitters.get(isUnit);
  if (!f) {
    f = memoize((word) => splitGluedUnit(word, isUnit));
    gluedSplitters.set(isUnit, f);
  }
  return f;
}

/**
 * Every item of `text` from `from` to `to`, the text outside unseen: the items of
 * `text.slice(from, to)` at the offsets of `text` (without making the slice).
 */
export function scan(text: string, from = 0, to = text.length, opts: ScanOptions = {}): Item[] {
  const items: Item[] = [];
  scanInto(items, text, from, to, opts);
  return items;
}

/**
 * `scan` into `out`, over the items an earlier scan left there: returns how many of `out` are this
 * scan's (those after are stale). A caller that scans often reuses one array, and its objects.
 */
export function scanInto(out: Item[], text: string, from: number, to: number, opts: ScanOptions): number {
  filled = 0;
  let gap = '';
  let token = 0;
  const splitGlued = opts.gluedUnit ? gluedSplitter(opts.gluedUnit) : null;
  if (to > text.length) to = text.length;
  const codes = codeUnits(text);
  for (let start = from; start < to; ) {
    const end = tokenEnd(text, codes, start, to);
    const kind = tokenKind;
    if (kind === SPACES) {
      gap = gap === '' && end === start + 1 && codes[start] === 0x20 ? ' ' : gap + text.slice(start, end);
      start = end;
      continue;
    }
    token++;
    if (kind === DIGITS) {
      token = pushDigits(text, codes, from, to, text.slice(start, end), start, out, token, gap);
    } else if (kind === WORD) {
      // At `to` the gate must not see the char after (the slice ends there).
      if (!(end === to ? mayBeNumberWord(text.slice(start, end), 0, end - start) : mayBeNumberWord(text, start, end))) {
        put(out, 'word', start, end, null, 0, token, gap);
        gap = '';
        start = end;
        continue;
      }
      const tok = text.slice(start, end);
      let parts = splitNumberWord(tok);
      let unit: { offset: number; word: string } | null = null;
      if (!parts && splitGlued) {
        const glued = splitGlued(tok);
        if (glued) ({ parts, unit } = glued);
      }
      if (parts) {
        for (let k = 0; k < parts.length; k++) {
          const p = parts[k];
          const s = start + p.offset;
          if (k > 0) gap = text.slice(out[filled - 1].end, s); // '' or a ZWNJ
          put(out, p.kind, s, s + p.word.length, p.word, p.value, token, gap);
          gap = '';
        }
        if (unit) {
          token++;
          put(out, 'word', start + unit.offset, end, unit.word, 0, token, '');
        }
      } else put(out, 'word', start, end, tok, 0, token, gap);
    } else put(out, 'punct', start, end, null, 0, token, gap);
    gap = '';
    start = end;
  }
  return filled;
}

/** Are the code units [start, end) all ASCII digits? */
function onlyDigits(codes: Uint16Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codes[i] < 0x30 || codes[i] > 0x39) return false;
  return true;
}

/** Put the items of a digit run; returns the token counter after them. */
function pushDigits(text: string, codes: Uint16Array, from: number, to: number, run: string, start: number, out: Item[], token: number, gap: string): number {
  const end = start + run.length;
  // Glued to Latin letters (A320, 19th) or a hyphenated code (COVID-19): a code.
  const before = start > from ? text.charCodeAt(start - 1) : 0;
  const latin = isLatin(before) || (end < to && isLatin(text.charCodeAt(end))) || (before === 0x2d && start - 1 > from && isLatin(text.charCodeAt(start - 2)));
  if (onlyDigits(codes, start, end)) {
    // Most runs: an integer (what digitValue makes of it, without its patterns).
    const amount = run.length <= MAX_INT_DIGITS && (run.length === 1 || codes[start] !== 0x30);
    const it = put(out, 'digits', start, end, run, amount ? Number(run) : 0, token, gap);
    it.code = !amount || latin;
    return token;
  }
  const range = SHORT_RANGE.exec(run);
  if (range && !latin) {
    // '۱۰-۱۲ درصد': two numbers with a dash between.
    const a = range[1];
    put(out, 'digits', start, start + a.length, a, Number(a), token, gap);
    put(out, 'punct', start + a.length, start + a.length + 1, '-', 0, ++token, '');
    put(out, 'digits', start + a.length + 1, end, range[2], Number(range[2]), ++token, '');
    return token;
  }
  if (run.includes(',') && !COMMA_THOUSANDS.test(run) && /^[\d,]+$/.test(run)) {
    // '10,12' is not a thousands group: a list written without spaces.
    let s = start;
    let first = true;
    for (const piece of run.split(',')) {
      const v = digitValue(piece);
      const it = put(out, 'digits', s, s + piece.length, piece, v ? v.value : 0, ++token, first ? gap : '');
      it.code = !v || latin;
      first = false;
      if (s + piece.length < end) put(out, 'punct', s + piece.length, s + piece.length + 1, ',', 0, ++token, '');
      s += piece.length + 1;
    }
    return token;
  }
  const v = digitValue(run);
  const it = put(out, 'digits', start, end, run, v ? v.value : 0, token, gap);
  it.code = !v || latin;
  it.slash = v?.slash;
  return token;
}

/** `هزارتومان` → the number words `هزار` and the unit `تومان` (after an optional ZWNJ). */
function splitGluedUnit(word: string, isUnit: (rest: string) => boolean): { parts: WordPart[]; unit: { offset: number; word: string } } | null {
  for (let len = word.length - 1; len > 0; len--) {
    const offset = word[len] === '\u200c' ? len + 1 : len;
    const rest = word.slice(offset);
    if (rest === '' || !isUnit(rest)) continue;
    const parts = splitNumberWord(word.slice(0, len));
    if (parts) return { parts, unit: { offset, word: rest } };
  }
  return null;
}
