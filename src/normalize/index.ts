/**
 * normalize: one pass over char codes with a lookup table, then ZWNJ for detached affixes; returns the
 * normalized text and a map back to the original, so later stages report original offsets.
 *
 * Example: `می شود ۲٫۵ ميليارد` → `می‌شود 2.5 میلیارد`, with `toRaw[i]` the original index of char i.
 */
import { loadJson } from '../data.js';
import { memoize } from './memo.js';
import * as table from './table.js';

// Module-level copies: imported bindings can be getters under some loaders (tsx), too slow in a hot loop.
const { CHAR_TABLE, CR, DROP, JOINER, SPACE, ZWNJ } = table;

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** For each normalized char i, the original index where it starts; `toRaw[text.length] === raw.length`. */
  toRaw: Int32Array;
  /** For each normalized char i, the original index just past it. */
  toRawEnd: Int32Array;
  /** The code units of `text`, two zeros after the end (see `codesOf` in segment/chars.ts). */
  codes: Uint16Array;
}

interface AffixRule {
  affix: string;
  reason: string;
}

const SPACE_CODE = 0x20;
const NEWLINE = 0x0a;

const AFFIXES = loadJson<{ prefixes: AffixRule[]; suffixes: AffixRule[] }>('affixes.json');
const alternation = (rules: AffixRule[]) =>
  rules
    .map((r) => r.affix)
    .sort((a, b) => b.length - a.length)
    .join('|');
/** `می شود`: a verb prefix standing alone before a Persian word (its left side is checked in code). */
const PREFIX_SPACE = new RegExp(`(?:${alternation(AFFIXES.prefixes)}) (?=[\\u0600-\\u06ff])`, 'g');
/** `زیرساخت های`: a suffix standing alone after a Persian word (its left side is checked in code). */
const SUFFIX_SPACE = new RegExp(` (?:${alternation(AFFIXES.suffixes)})(?![\\u0600-\\u06ff\\u200cA-Za-z])`, 'g');
const ARABIC_LETTER_OR_DIGIT = /[\u0600-\u06ff\u200c0-9A-Za-z]/;

function isLetter(code: number): boolean {
  // Arabic-script letters and Latin letters: the chars a ZWNJ may sit between.
  return (code >= 0x0620 && code <= 0x06ff) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Normalize `raw` (see module doc). Pure; idempotent on its own output. */
export function normalize(raw: string): Normalized {
  const n = raw.length;
  const out = new Uint16Array(n);
  const toRaw = new Int32Array(n + 1);
  const toRawEnd = new Int32Array(n);
  let len = 0;
  let prev = -1; // out[len - 1], or -1 at the start
  for (let i = 0; i < n; i++) {
    let code = CHAR_TABLE[raw.charCodeAt(i)];
    if (code > SPACE_CODE) {
      // The common case: a letter, digit or mark kept as the table says (a ZWNJ maps to JOINER, below).
      if (prev === ZWNJ && !isLetter(code)) len--; // a joiner must be followed by a letter
    } else if (code === DROP) continue;
    else {
      if (code === CR) {
        if (raw.charCodeAt(i + 1) === NEWLINE) continue;
        code = NEWLINE;
      }
      if (code === SPACE || code === SPACE_CODE) {
        if (prev === SPACE_CODE) {
          toRawEnd[len - 1] = i + 1; // a run of spaces is one space
          continue;
        }
        if (prev === ZWNJ) len--; // a joiner before a space joins nothing
        code = SPACE_CODE;
      } else if (code === JOINER) {
        if (!isLetter(prev)) continue; // only between letters; leading, doubled or after a space: dropped
        code = ZWNJ;
      } else if (prev === ZWNJ && !isLetter(code)) {
        len--; // a joiner must be followed by a letter
      }
    }
    out[len] = code;
    toRaw[len] = i;
    toRawEnd[len] = i + 1;
    len++;
    prev = code;
  }
  if (len > 0 && out[len - 1] === ZWNJ) len--;
  toRaw[len] = n;
  let text = decode(out, len);
  const at = affixSpaces(text);
  if (at.length > 0) {
    // One char for one char (a space shared by a prefix and a suffix, `می ها`, is set once): the map holds.
    for (const i of at) out[i] = ZWNJ;
    text = decode(out, len); // one flat string (joining slices would make a rope)
  }
  const codes = new Uint16Array(len + 2);
  codes.set(out.subarray(0, len));
  return { text, toRaw: toRaw.subarray(0, len + 1), toRawEnd: toRawEnd.subarray(0, len), codes };
}

/** The string of the first `len` code units (as UTF-16LE bytes: no char is checked or changed). */
function decode(codes: Uint16Array, len: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, len * 2).toString('utf16le');
}

/**
 * The spaces of detached affixes, sorted: each becomes a ZWNJ (one char for one char: the offset map
 * holds).
 */
function affixSpaces(text: string): number[] {
  const at: number[] = [];
  PREFIX_SPACE.lastIndex = 0;
  for (let m = PREFIX_SPACE.exec(text); m; m = PREFIX_SPACE.exec(text)) {
    const before = text[m.index - 1];
    // A word that ends in می (اسلامی) is no prefix; nor the month می after a day number (۱۵ می ۲۰۲۳).
    if (before !== undefined && ARABIC_LETTER_OR_DIGIT.test(before)) continue;
    if (before === ' ' && /[0-9]/.test(text[m.index - 2] ?? '')) continue;
    at.push(m.index + m[0].length - 1);
  }
  SUFFIX_SPACE.lastIndex = 0;
  for (let m = SUFFIX_SPACE.exec(text); m; m = SUFFIX_SPACE.exec(text)) {
    const before = text.charCodeAt(m.index - 1);
    if (before >= 0x0620 && before <= 0x06ff) at.push(m.index);
    SUFFIX_SPACE.lastIndex = m.index + 1;
  }
  return at.sort((x, y) => x - y);
}

/** The original span of the normalized span [start, end). */
export function rawSpan(norm: Normalized, start: number, end: number): [number, number] {
  if (end <= start) return [norm.toRaw[start], norm.toRaw[start]];
  return [norm.toRaw[start], norm.toRawEnd[end - 1]];
}

/**
 * Fold a string for lexicon comparison: normalized, with spaces and ZWNJ removed.
 * Example: `مدیر کل` and `مدیرکل` and `مدير‌كل` all fold to `مدیرکل`.
 */
export const fold: (s: string) => string = memoize((s) => normalize(s).text.replace(/[\s\u200c]+/g, ''));
