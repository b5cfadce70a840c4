/**
 * The numbers of a sentence (or a clause: a run of its tokens) near one place, found by scanning a few
 * tokens around it instead of the whole span, with the same result there as the span's scan
 * (findNumbersIn over it).
 *
 * Why it is the same: a number phrase is made of digits, number words and `و`; a word that does not
 * split into number words (a BARRIER: `بیمارستان`) is one item of the scan that no phrase holds. The
 * scan of the sentence goes left to right and steps onto the item after a barrier whatever came before,
 * so what it finds after a barrier w depends only on the items from w on — and on the item before w,
 * which the cue check of `rejected` (numbers/index.ts) reads, looking back at most to it. So a scan from
 * a token before w finds the same phrases after w. To the right, a phrase ending at a barrier or before
 * it is decided by the items up to the one after the barrier (the longest match stops at the barrier;
 * `rejected` reads two items past the phrase), so the scan may stop a token after that. The window's
 * ends are cut where the sentence's scan cuts anyway (a space before), so its items there are the same.
 *
 * Example: in `… از ۶۶ درمانگاه ، 129 مرکز پاراکلینیکی و …`, around the end of `129`: the barrier
 * `درمانگاه` to the left, `مرکز` to the right: the scan reads `۶۶ درمانگاه ، 129 مرکز پاراکلینیکی` →
 * 66, 129 (not the sentence's other numbers).
 */
import { findNumbersIn, type NumberMatch } from '../../numbers/index.js';
import { CHAR_FLAGS, LETTER, MARK, SPACE, ZWNJ_FLAG } from '../../segment/chars.js';
import type { Token } from '../../segment/index.js';
import { NUMBER_PARTS, numberBits } from './words.js';

export interface NumberWindow {
  /** The window holds the sentence's numbers for places in [lo, hi]. */
  lo: number;
  hi: number;
  numbers: NumberMatch[];
}

const WORD_CHARS = LETTER | MARK | ZWNJ_FLAG;

/** Is code c (NaN past the text) outside a word of the scan: no letter, mark, ZWNJ or surrogate? */
function outsideWord(c: number): boolean {
  return c !== c || ((CHAR_FLAGS[c] & WORD_CHARS) === 0 && (c < 0xd800 || c > 0xdfff));
}

/**
 * Is token k a barrier: a word the scan reads as one word item (its scan word is the token: no letter
 * or surrogate glued on either side within the span [from, to)), not split into number words?
 */
function isBarrier(text: string, toks: Token[], k: number, from: number, to: number): boolean {
  const t = toks[k];
  if (t.kind !== 'word' || (numberBits(t.word) & NUMBER_PARTS) !== 0) return false;
  return (t.start === from || outsideWord(text.charCodeAt(t.start - 1))) && (t.end === to || outsideWord(text.charCodeAt(t.end)));
}

/** Does a scan token start at token k (the sentence's start, or a space before it)? */
function scanStart(text: string, toks: Token[], k: number, from: number): boolean {
  const s = toks[k].start;
  return s === from || (CHAR_FLAGS[text.charCodeAt(s - 1)] & SPACE) !== 0;
}

/**
 * The window of a span [from, to) of the text, the span of tokens toks[first, last), around normalized
 * offset `pos` (not inside a token), with the numbers that end at `pos` or hold it exactly as the
 * span's scan has them.
 */
export function numbersAround(text: string, toks: Token[], first: number, last: number, from: number, to: number, pos: number): NumberWindow {
  let k = first;
  while (k < last && toks[k].start < pos) k++;
  // Left: the nearest barrier ending at or before pos, and a scan start before it.
  let left = k - 1;
  while (left >= first && !isBarrier(text, toks, left, from, to)) left--;
  let start = from;
  let lo = -Infinity;
  if (left >= first) {
    lo = toks[left].end;
    let v = left - 1;
    while (v > first && !scanStart(text, toks, v, from)) v--;
    if (v > first) start = toks[v].start;
  }
  // Right: the nearest barrier starting at or after pos, and a scan start two tokens past it or more.
  let right = k;
  while (right < last && !isBarrier(text, toks, right, from, to)) right++;
  let end = to;
  let hi = Infinity;
  if (right < last) {
    hi = toks[right].start;
    let u = right + 2;
    while (u < last && !scanStart(text, toks, u, from)) u++;
    if (u < last) end = toks[u].start;
  }
  return { lo, hi, numbers: findNumbersIn(text, start, end) };
}

/** The number of the span's scan that ends at `pos` (not inside a token), if any: see numbersAround. */
export function numberEndingAt(text: string, toks: Token[], first: number, last: number, from: number, to: number, pos: number): NumberMatch | undefined {
  for (const n of numbersAround(text, toks, first, last, from, to, pos).numbers) if (n.end === pos) return n;
  return undefined;
}
