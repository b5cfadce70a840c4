/**
 * numbers/pieces: the parts of a stretch of text whose numbers a unit can take, found without the
 * number scan. Two plain words in a row (words between spaces that start no number word) cut the
 * number scan into independent parts: no phrase holds a word that is no number word, no list or range
 * joins across two words, and the grammar looks at most two items back or ahead of a phrase. So the
 * numbers after such a pair are the same whether the scan starts at its first word or anywhere before,
 * and those before it the same whether the scan ends after its second word or anywhere after.
 *
 * Example: in `در سال گذشته بودجه ۱۰ میلیارد تومان بود`, the pair `سال گذشته` before the unit lets the
 * scan of `۱۰ میلیارد تومان` start at `سال` (plainPairBefore) instead of the line start; after a unit,
 * `بودجه جدید` (plainPairAfter) ends its part where the next unit's part may start.
 */
import * as chars from '../segment/chars.js';
import { mayBeNumberWord } from './lexicon.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, LETTER, MARK, SPACE, ZWNJ_FLAG } = chars;

/** Chars a plain word is made of: BMP letters, marks and ZWNJ (the scan's word chars; surrogates have no flags). */
const WORD_CHARS = LETTER | MARK | ZWNJ_FLAG;

const isSpace = (codes: Uint16Array, i: number) => (CHAR_FLAGS[codes[i]] & SPACE) !== 0;
const isWordChar = (codes: Uint16Array, i: number) => (CHAR_FLAGS[codes[i]] & WORD_CHARS) !== 0;

/**
 * The start of the last pair of plain words of `text` (code units `codes`) before `end`: the first word
 * with a space before it at or after `lo`, the second with a space after it before `end`, only spaces
 * between. -1 when there is none.
 */
export function plainPairBefore(text: string, codes: Uint16Array, lo: number, end: number): number {
  let q = end - 1;
  while (q >= lo && !isSpace(codes, q)) q--;
  let rightPlain = false; // the word right of the spaces at q is plain
  while (q > lo) {
    let b = q; // q is a space: the word before the spaces run ends at b
    while (b > lo && isSpace(codes, b - 1)) b--;
    let a = b;
    while (a > lo && isWordChar(codes, a - 1)) a--;
    if (a < b && a - 1 >= lo && isSpace(codes, a - 1) && !mayBeNumberWord(text, a, b)) {
      if (rightPlain) return a;
      rightPlain = true;
    } else rightPlain = false;
    q = a - 1;
    while (q >= lo && !isSpace(codes, q)) q--;
  }
  return -1;
}

/**
 * The first pair of plain words of `text` (code units `codes`) after `from`, before `limit`: the first
 * word with a space before it at or after `from`, the second with a space after it before `limit`.
 * Writes the pair's start and the end of the space after it into `pair`; false when there is none.
 */
export function plainPairAfter(text: string, codes: Uint16Array, from: number, limit: number, pair: { start: number; end: number }): boolean {
  let p = from;
  while (p < limit && !isSpace(codes, p)) p++;
  let leftStart = -1; // the start of the plain word left of the spaces at p, -1 when that is no plain word
  while (p < limit) {
    let a = p; // p is a space: the word after the spaces run starts at a
    while (a < limit && isSpace(codes, a)) a++;
    let b = a;
    while (b < limit && isWordChar(codes, b)) b++;
    if (a < b && b < limit && isSpace(codes, b) && !mayBeNumberWord(text, a, b)) {
      if (leftStart !== -1) {
        pair.start = leftStart;
        pair.end = b + 1;
        return true;
      }
      leftStart = a;
    } else leftStart = -1;
    p = b;
    while (p < limit && !isSpace(codes, p)) p++;
  }
  return false;
}
