/**
 * Reading backwards from a position: the words just before it, and the longest run of them that the
 * number grammar (`src/numbers`) reads as a cardinal or an ordinal.
 *
 * Example: in `روز بیست و دوم بهمن`, `ordinalBefore(text, <index of بهمن>, 0)` →
 * `{ start: 4, value: 22 }`; in `تا یک سال آینده`, `cardinalBefore(text, <index of سال>, 0)` → `{ start: 3, value: 1 }`.
 */
import { parseNumber, parseOrdinal } from '../../numbers/index.js';
import { mayBeNumberWord, splitNumberWord } from '../../numbers/lexicon.js';
import { CHAR_FLAGS, codePointFlags, isPair, LETTER, MARK, NUMBER, SPACE, ZWNJ_FLAG } from '../../segment/chars.js';

export interface NumberBefore {
  start: number;
  value: number;
}

const WORDISH = LETTER | NUMBER | ZWNJ_FLAG;
const STARTS_WORD = LETTER | NUMBER;
const WINDOW = 40;

/**
 * Start offsets of up to `max` words before the space at `end - 1`, one space apart, nearest first.
 * A word is a run of letters, digits and ZWNJ that starts with a letter or digit, read back at most
 * 40 chars (as `/([\p{L}\p{N}][\p{L}\p{N}\u200c]*)$/u` on that window).
 */
export function wordStartsBefore(text: string, end: number, from: number, max: number): number[] {
  const starts: number[] = [];
  for (let pos = end, k = 0; k < max && (pos = wordStartBefore(text, pos, from)) >= 0; k++) starts.push(pos);
  return starts;
}

/** The start of the word before the space at `end - 1` (see `wordStartsBefore`), or -1. */
export function wordStartBefore(text: string, end: number, from: number): number {
  let pos = end;
  if (pos > from && (CHAR_FLAGS[text.charCodeAt(pos - 1)] & SPACE) !== 0) pos--;
  else return -1;
  const floor = Math.max(from, pos - WINDOW);
  let start = -1;
  for (let i = pos; i > floor; ) {
    const c = text.charCodeAt(i - 1);
    let f: number;
    let len = 1;
    if (c < 0xd800 || c > 0xdfff) f = CHAR_FLAGS[c];
    else if (c >= 0xdc00 && i - 2 >= floor && isPair(text.charCodeAt(i - 2), c)) {
      f = codePointFlags(((text.charCodeAt(i - 2) - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
      len = 2;
    } else f = 0;
    if ((f & WORDISH) === 0) break;
    i -= len;
    if ((f & STARTS_WORD) !== 0) start = i;
  }
  return start;
}

/** The previous word before `end` (after one space), or null. */
export function wordBefore(text: string, end: number, from: number): { start: number; text: string } | null {
  const start = wordStartBefore(text, end, from);
  if (start < 0) return null;
  return { start, text: text.slice(start, end).trimEnd() };
}

function longestBefore(
  text: string,
  end: number,
  from: number,
  parse: (s: string) => number | null,
  maxWords: number,
  mayStart: (text: string, start: number) => boolean = () => true,
): NumberBefore | null {
  const starts = wordStartsBefore(text, end, from, maxWords);
  for (let k = starts.length - 1; k >= 0; k--) {
    if (!mayStart(text, starts[k])) continue;
    const value = parse(text.slice(starts[k], end).trim());
    if (value !== null) return { start: starts[k], value };
  }
  return null;
}

/** The ordinal written just before `end` (`اول`, `بیست و دوم`), or null. */
export function ordinalBefore(text: string, end: number, from: number): NumberBefore | null {
  return longestBefore(text, end, from, parseOrdinal, 5);
}

/** The cardinal written just before `end` (`دو`, `۱۷`, `بیست و پنج`), or null. */
export function cardinalBefore(text: string, end: number, from: number): NumberBefore | null {
  // The last word first: most words before a unit or month end no number, and the others are not read.
  const last = wordStartBefore(text, end, from);
  if (last < 0 || !mayEndCardinal(text, end, last)) return null;
  const starts = wordStartsBefore(text, end, from, 5);
  for (let k = starts.length - 1; k >= 0; k--) {
    if (!mayStartCardinal(text, starts[k])) continue;
    const value = parseNumber(text.slice(starts[k], end).trim());
    if (value !== null) return { start: starts[k], value };
  }
  return null;
}

/**
 * Can a cardinal read from a word start up to `end` end there? The words before `end` are followed
 * by a space at `end - 1`, the last one starts at `last`. `parseNumber` reads a phrase only when its
 * last item is a number: the number scan's last token (src/numbers/scan.ts) is then a digit run,
 * ending in a digit, or a run of letters, marks and ZWNJ (inside the last word) that splits into
 * number words. Most words before a unit or month are none (`از`, `ماه`): their phrases are not read.
 */
function mayEndCardinal(text: string, end: number, last: number): boolean {
  const c = text.charCodeAt(end - 2);
  if (c >= 0x30 && c <= 0x39) return true;
  let i = end - 1;
  while (i > last) {
    const d = text.charCodeAt(i - 1);
    if (d >= 0xd800 && d <= 0xdfff) return true; // an astral letter: let the parse decide
    if ((CHAR_FLAGS[d] & NUMBER_WORDISH) === 0) break;
    i--;
  }
  if (i === end - 1) return false;
  // As the number scan gates and splits its last word (the gate reads a second char: one inside the word).
  const word = end - 1 - i === 1 ? text.slice(i, end - 1) : null;
  if (!(word === null ? mayBeNumberWord(text, i, end - 1) : mayBeNumberWord(word, 0, 1))) return false;
  return splitNumberWord(word ?? text.slice(i, end - 1)) !== null;
}
/** What a word token of the number scan is made of. */
const NUMBER_WORDISH = LETTER | MARK | ZWNJ_FLAG;

/**
 * Can a cardinal start at the word start `start`? Only at a digit or the first chars of a number
 * word (as the scan decides), else `parseNumber` reads nothing there: the words are not sliced.
 */
function mayStartCardinal(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c >= 0x30 && c <= 0x39) || mayBeNumberWord(text, start, start + 2);
}

/** A cardinal glued to what follows, as in `دوسال`: the whole word before `end` must read as one. */
export function gluedCardinal(text: string, end: number, from: number): NumberBefore | null {
  const m = /([\p{L}\u200c]+)$/u.exec(text.slice(Math.max(from, end - 20), end));
  if (!m) return null;
  const value = parseNumber(m[1]);
  return value === null ? null : { start: end - m[1].length, value };
}

export { parseNumber, parseOrdinal };
