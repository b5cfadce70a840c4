/**
 * normalize: one pass over char codes with lookup tables, then ZWNJ for detached affixes; returns the
 * normalized text and a map back to the original (offsets.ts), so later stages report original offsets.
 * Most chars take a fast path without a branch on the char (a kind table and the state the last char
 * left); drops, joiners, CR and runs of spaces are read one at a time.
 *
 * Example: `می شود ۲٫۵ ميليارد` → `می‌شود 2.5 میلیارد`, with `toRaw[i]` the original index of char i.
 */
import { loadJson } from '../data.js';
import { memoize } from './memo.js';
import { mark, markRun, type Normalized, normalized, startMap } from './offsets.js';
import { takeUnits } from './pool.js';
import * as table from './table.js';

export type { Normalized } from './offsets.js';

// Module-level copies: imported bindings can be getters under some loaders (tsx), too slow in a hot loop.
const { CHAR_TABLE, CR, DROP, JOINER, KIND, MAPPED, PLAIN, SPACE, SPACE_KIND, ZWNJ } = table;

interface AffixRule {
  affix: string;
  reason: string;
}

const SPACE_CODE = 0x20;
const NEWLINE = 0x0a;

const AFFIXES = loadJson<{ prefixes: AffixRule[]; suffixes: AffixRule[] }>('affixes.json');
/** Affixes longest first, as char codes: the first that fits is the one a regex alternation would take. */
const affixCodes = (rules: AffixRule[]): Uint16Array[] =>
  rules
    .map((r) => r.affix)
    .sort((a, b) => b.length - a.length)
    .map((a) => {
      // The scans below read an affix as the chars right before or after one space.
      if (/\s/.test(a) || a === '') throw new Error(`khabar: affixes.json: an affix is one word, not '${a}'`);
      return Uint16Array.from({ length: a.length }, (_, k) => a.charCodeAt(k));
    });
/**
 * Affixes longest first, grouped by the char next to the space (a prefix's last, a suffix's first):
 * `group[edge[c]]` lists those with char c there; group 0 is empty.
 */
function byEdge(affixes: Uint16Array[], last: boolean): { edge: Uint8Array; group: Uint16Array[][] } {
  const edge = new Uint8Array(0x10000);
  const group: Uint16Array[][] = [[]];
  for (const a of affixes) {
    const c = a[last ? a.length - 1 : 0];
    if (edge[c] === 0) {
      edge[c] = group.length;
      group.push([]);
    }
    group[edge[c]].push(a);
  }
  return { edge, group };
}
/** `می شود`: a verb prefix standing alone before a Persian word. */
const PREFIXES = byEdge(affixCodes(AFFIXES.prefixes), true);
/** `زیرساخت های`: a suffix standing alone after a Persian word. */
const SUFFIXES = byEdge(affixCodes(AFFIXES.suffixes), false);

/** A pair of chars as an index of PAIRS: their low six bits (4 KB; chars that share them share entries: "may", never "must"). */
const pairKey = (a: number, b: number) => ((a & 0x3f) << 6) | (b & 0x3f);
const PREFIX_PAIR = 1;
const SUFFIX_PAIR = 2;
/**
 * The quick no of `joinAffixes`: per `pairKey`, PREFIX_PAIR where a prefix may end with the pair (the
 * two chars before a space), SUFFIX_PAIR where a suffix may open with it (the two after). A one-char
 * affix marks every pair with its char on its side.
 */
const PAIRS = ((): Uint8Array => {
  const pairs = new Uint8Array(0x1000);
  for (const p of affixCodes(AFFIXES.prefixes)) {
    if (p.length >= 2) pairs[pairKey(p[p.length - 2], p[p.length - 1])] |= PREFIX_PAIR;
    else for (let x = 0; x < 0x40; x++) pairs[pairKey(x, p[0])] |= PREFIX_PAIR;
  }
  for (const a of affixCodes(AFFIXES.suffixes)) {
    if (a.length >= 2) pairs[pairKey(a[0], a[1])] |= SUFFIX_PAIR;
    else for (let x = 0; x < 0x40; x++) pairs[pairKey(a[0], x)] |= SUFFIX_PAIR;
  }
  return pairs;
})();

/** Where the last article's spaces went in its normalized text (grown as needed, reused). */
let spaces: Int32Array = new Int32Array(1024);

function isLetter(code: number): boolean {
  // Arabic-script letters and Latin letters: the chars a ZWNJ may sit between.
  return (code >= 0x0620 && code <= 0x06ff) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

const isArabicBlock = (code: number) => code >= 0x0600 && code <= 0x06ff;
const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLatin = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * What the last char written leaves for the next (`state` of the main loop): the fast path takes a
 * plain char after anything but a joiner, and a space after a plain char.
 */
const AFTER_PLAIN = 0;
const AFTER_SPACE = 1;
const AFTER_JOINER = 2;
/** Bit `state << 2 | kind` is set where the fast path applies (kind PLAIN or SPACE_KIND only). */
const FAST = (1 << ((AFTER_PLAIN << 2) | PLAIN)) | (1 << ((AFTER_PLAIN << 2) | SPACE_KIND)) | (1 << ((AFTER_SPACE << 2) | PLAIN));

/** Normalize `raw` (see module doc). Pure; idempotent on its own output. */
export function normalize(raw: string): Normalized {
  const n = raw.length;
  // The code units returned (pool.ts): the raw code units are copied in natively and the pass works
  // in place (char i is read before out[len] is written, len <= i); then two zeros after the end.
  const out = takeUnits(n + 2);
  Buffer.from(out.buffer, out.byteOffset, 2 * n).write(raw, 0, 'utf16le');
  if (spaces.length < n) spaces = new Int32Array(Math.max(n, 2 * spaces.length));
  const spaceAt = spaces; // a local: the loop writes it at every char
  const table = CHAR_TABLE;
  const kinds = KIND;
  const mapped = MAPPED;
  startMap();
  let len = 0;
  let state = AFTER_PLAIN; // what out[len - 1] is (AFTER_PLAIN at the start: no joiner or space before)
  let spaceCount = 0;
  for (let i = 0; i < n; i++) {
    const c = out[i];
    const kind = kinds[c];
    if (((FAST >>> ((state << 2) | kind)) & 1) !== 0) {
      // The common case, without a branch on the char: a char kept as `mapped` says, or a single space
      // (recorded in `spaces`: the slot after the last is overwritten until a space keeps it). The
      // offset map holds as marked (offsets.ts).
      out[len] = mapped[c];
      spaceAt[spaceCount] = len;
      spaceCount += kind;
      len++;
      state = kind;
      continue;
    }
    // The rest, as one char at a time: prev is the last char written (-1 at the start: a joiner is
    // never written first, so removing one never empties the output).
    const prev = len > 0 ? out[len - 1] : -1;
    let code = table[c];
    let keep = true;
    if (code > SPACE_CODE) {
      if (prev === ZWNJ && !isLetter(code)) len--; // a joiner must be followed by a letter
    } else if (code === DROP) keep = false;
    else {
      if (code === CR) {
        if (i + 1 < n && out[i + 1] === NEWLINE) keep = false; // CRLF: the LF stands for both
        else code = NEWLINE;
      }
      if (keep && (code === SPACE || code === SPACE_CODE)) {
        if (prev === SPACE_CODE) {
          markRun(len - 1, i + 1); // a run of spaces is one space, which ends where the run does
          keep = false;
        } else {
          if (prev === ZWNJ) len--; // a joiner before a space joins nothing
          code = SPACE_CODE;
          spaceAt[spaceCount++] = len; // never removed after: only a joiner is
        }
      } else if (keep && code === JOINER) {
        keep = isLetter(prev); // only between letters; leading, doubled or after a space: dropped
        code = ZWNJ;
      } else if (keep && prev === ZWNJ && !isLetter(code)) {
        len--; // a joiner must be followed by a letter
      }
    }
    if (keep) {
      mark(len, i);
      out[len++] = code;
      state = code === SPACE_CODE ? AFTER_SPACE : code === ZWNJ ? AFTER_JOINER : AFTER_PLAIN;
    }
    mark(len, i + 1);
  }
  if (len > 0 && out[len - 1] === ZWNJ) len--;
  mark(len, n); // toRaw[len] === n
  out[len] = 0; // codes end with two zeros (a dropped joiner may have left a char there)
  out[len + 1] = 0;
  // One char for one char (a space shared by a prefix and a suffix, `می ها`, is set once): the map holds.
  joinAffixes(out, len, spaceAt, spaceCount);
  return normalized(decode(out, len), out.subarray(0, len + 2));
}

/** The string of the first `len` code units (as UTF-16LE bytes: no char is checked or changed). */
function decode(codes: Uint16Array, len: number): string {
  return Buffer.from(codes.buffer, codes.byteOffset, len * 2).toString('utf16le');
}

/** Does `affix` stand in `codes` at `from`? */
function fits(codes: Uint16Array, affix: Uint16Array, from: number): boolean {
  if (from < 0) return false;
  for (let k = 0; k < affix.length; k++) if (codes[from + k] !== affix[k]) return false;
  return true;
}

/**
 * Turn the spaces of detached affixes in codes[0, len) into ZWNJ. A space is one: after a prefix
 * (the longest that ends there) that follows no letter or digit and is followed by a Persian char;
 * or after a Persian letter and before a suffix that no letter or ZWNJ continues. What the global
 * searches `(?:نمی|می) (?=[\u0600-\u06ff])` and ` (?:ها|…)(?![\u0600-\u06ff\u200cA-Za-z])` find,
 * read off the one space each match holds; every space is read against the text before any change.
 * `spaces` holds the `count` offsets of the spaces (recorded as they were written); only the affixes
 * with the chars next to a space are tried there.
 */
function joinAffixes(codes: Uint16Array, len: number, spaces: Int32Array, count: number): void {
  const prefixEdge = PREFIXES.edge;
  const suffixEdge = SUFFIXES.edge;
  const pairs = PAIRS;
  let pending = -1; // a space to set once the next space is read (its prefix test reads this one)
  for (let k = 0; k < count; k++) {
    const s = spaces[k];
    if (s === 0) continue; // a prefix or suffix needs a word before the space
    // Most spaces have no affix pair next to them: a branch on that alone (codes[len], codes[len + 1] are 0).
    const pair = (pairs[pairKey(s >= 2 ? codes[s - 2] : 0, codes[s - 1])] & PREFIX_PAIR) | (pairs[pairKey(codes[s + 1], codes[s + 2])] & SUFFIX_PAIR);
    let joins = false;
    if (pair !== 0) {
      const prefixes = prefixEdge[codes[s - 1]];
      const suffixes = suffixEdge[codes[s + 1]];
      joins =
        (prefixes !== 0 && isPrefixSpace(codes, s, PREFIXES.group[prefixes])) ||
        (suffixes !== 0 && isSuffixSpace(codes, s, len, SUFFIXES.group[suffixes]));
    }
    if (pending >= 0) codes[pending] = ZWNJ;
    pending = joins ? s : -1;
  }
  if (pending >= 0) codes[pending] = ZWNJ;
}

/** Is the space at s that of a detached prefix (`امید می رود`, not `اسلامی کشور` nor `۱۵ می ۲۰۲۳`)? */
function isPrefixSpace(codes: Uint16Array, s: number, prefixes: Uint16Array[]): boolean {
  if (!isArabicBlock(codes[s + 1])) return false; // codes[len] is 0
  for (const prefix of prefixes) {
    if (!fits(codes, prefix, s - prefix.length)) continue;
    const at = s - prefix.length; // where the prefix starts
    if (at === 0) return true;
    const before = codes[at - 1];
    if (isArabicBlock(before) || before === ZWNJ || isAsciiDigit(before) || isLatin(before)) return false;
    return !(before === SPACE_CODE && at >= 2 && isAsciiDigit(codes[at - 2]));
  }
  return false;
}

/** Is the space at s, of text [0, len), that of a detached suffix (`زیرساخت های درمان`)? */
function isSuffixSpace(codes: Uint16Array, s: number, len: number, suffixes: Uint16Array[]): boolean {
  if (!(codes[s - 1] >= 0x0620 && codes[s - 1] <= 0x06ff)) return false;
  for (const suffix of suffixes) {
    const end = s + 1 + suffix.length;
    if (end > len || !fits(codes, suffix, s + 1)) continue;
    const after = codes[end]; // codes[len] is 0: the text end
    if (!(isArabicBlock(after) || after === ZWNJ || isLatin(after))) return true;
  }
  return false;
}

/** The original span of the normalized span [start, end). */
export function rawSpan(norm: Normalized, start: number, end: number): [number, number] {
  const s = norm.rawStart(start);
  return [s, rawSpanEnd(norm, start, end, s)];
}

/** The end of `rawSpan(norm, start, end)`, its start `rawStart` known (an empty span stays empty). */
export const rawSpanEnd = (norm: Normalized, start: number, end: number, rawStart: number): number =>
  end <= start ? rawStart : norm.rawEnd(end - 1);

/**
 * The normalized offset of raw offset `raw`: the first normalized char at or after it, as a binary
 * search of `toRaw` finds it, without building `toRaw`.
 */
export function normOffset(norm: Normalized, raw: number): number {
  let lo = 0;
  let hi = norm.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.rawStart(mid) < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Fold a string for lexicon comparison: normalized, with spaces and ZWNJ removed.
 * Example: `مدیر کل` and `مدیرکل` and `مدير‌كل` all fold to `مدیرکل`.
 */
export const fold: (s: string) => string = memoize((s) => normalize(s).text.replace(/[\s\u200c]+/g, ''));
