/**
 * segment: paragraphs, sentences and tokens of normalized text, with normalized offsets.
 *
 * Example: `وی گفت: قیمت 2.5 درصد افزایش یافت. دکتر م. رضایی آمد.` → two sentences (no break inside
 * `2.5` or after the initial `م.`); hard-wrapped lines that break a sentence are one paragraph.
 */

import { CHAR_FLAGS, codesOf, SPACE as SPACE_FLAG } from './chars.js';
import { HASH_SEED, hashStep, type Word, wordOf } from './words.js';

export type { Word } from './words.js';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
  /** The record shared by every token of this text (words.ts), where stages keep what they read of it. */
  word: Word;
}

export interface Sentence extends Span {
  paragraph: number;
  tokens: Token[];
}

export interface Segmented {
  paragraphs: Span[];
  sentences: Sentence[];
}

/** Char classes for the tokenizer, one per UTF-16 code unit, built once. */
const OTHER = 0;
const SPACE = 1;
const DIGIT = 2;
const MARK = 3; // marks and ZWNJ: continue a word, never start one
const LETTER = 4;
/** A word goes on over chars of class MARK or LETTER. */
const IN_WORD = MARK;
const CHAR_CLASS = ((): Uint8Array => {
  const classes = new Uint8Array(0x10000);
  for (let c = 0; c < classes.length; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0x30 && c <= 0x39) classes[c] = DIGIT;
    else if (/\p{L}/u.test(ch)) classes[c] = LETTER;
    else if (/[\p{M}\u200c]/u.test(ch)) classes[c] = MARK;
    else if (/\s/u.test(ch)) classes[c] = SPACE;
    else classes[c] = OTHER;
  }
  return classes;
})();
const codeTable = (chars: string) => {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
/** Chars that join digits into one number: `2.5`, `250,000`, `4/5`. */
const NUMBER_JOINERS = codeTable('.,/');
/** Chars that may end a sentence, each a token of its own. */
const TERMINAL = codeTable('.!?؟');
/** A line that ends with one of these (spaces after it aside) continues on the next line. */
const CONTINUES = codeTable('،,؛;-–');
/** A line that ends with one of these (spaces after it aside) closes its sentence. */
const CLOSES = codeTable('.!?؟:»")]');

interface Line extends Span {
  /** The line without its surrounding spaces: [from, to) of the text; from < to (blank lines are left out). */
  from: number;
  to: number;
}

/** The non-blank lines of text, read off its code units `codes`. */
function splitLines(text: string, codes: Uint16Array): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let from = start;
    let to = end;
    while (from < to && (CHAR_FLAGS[codes[from]] & SPACE_FLAG) !== 0) from++;
    while (to > from && (CHAR_FLAGS[codes[to - 1]] & SPACE_FLAG) !== 0) to--;
    if (to > from) lines.push({ start, end, from, to });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/**
 * Hard-wrapped copy has many lines close to one width that end mid-sentence. Returns the length at or
 * above which an unterminated line is taken as wrapped, or Infinity when the text is not hard-wrapped.
 */
function wrapWidth(codes: Uint16Array, lines: Line[]): number {
  if (lines.length < 4) return Infinity;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.to - l.from);
  const threshold = Math.floor(width * 0.8);
  let wrapped = 0;
  for (const l of lines) if (l.to - l.from >= threshold && CLOSES[codes[l.to - 1]] === 0) wrapped++;
  return wrapped >= 3 ? threshold : Infinity;
}

/** Paragraphs: non-empty lines, a line joined to the next where it plainly continues (see module doc). */
export function paragraphs(text: string): Span[] {
  const codes = codesOf(text);
  const lines = splitLines(text, codes);
  const width = wrapWidth(codes, lines);
  const out: Span[] = [];
  let current: Span | null = null;
  let joinNext = false;
  for (const line of lines) {
    if (current && joinNext) current.end = line.end;
    else {
      current = { start: line.start, end: line.end };
      out.push(current);
    }
    // The line without its trailing spaces (its leading ones count in its length, as written).
    const trimmedLength = line.to - line.start;
    const last = codes[line.to - 1];
    joinNext = CONTINUES[last] === 1 || (trimmedLength >= width && CLOSES[last] === 0);
  }
  // Trim surrounding spaces from each paragraph.
  for (const p of out) {
    while (p.start < p.end && (CHAR_FLAGS[codes[p.start]] & SPACE_FLAG) !== 0) p.start++;
    while (p.end > p.start && (CHAR_FLAGS[codes[p.end - 1]] & SPACE_FLAG) !== 0) p.end--;
  }
  return out;
}

/**
 * Append the tokens of text[start, end) to `tokens` from index `count`; returns the new count.
 * `codes` are the code units of text.
 */
function tokenizeInto(text: string, codes: Uint16Array, start: number, end: number, tokens: Token[], count: number): number {
  const classes = CHAR_CLASS;
  let i = start;
  while (i < end) {
    const code = codes[i];
    const cls = classes[code];
    if (cls === SPACE) {
      i++;
      continue;
    }
    const from = i++;
    // The token's hash, taken as its chars are scanned (words.ts).
    let h = hashStep(HASH_SEED, code);
    let kind: TokenKind;
    if (cls === LETTER) {
      while (i < end && classes[codes[i]] >= IN_WORD) h = hashStep(h, codes[i++]);
      kind = 'word';
    } else if (cls === DIGIT) {
      for (;;) {
        while (i < end && classes[codes[i]] === DIGIT) h = hashStep(h, codes[i++]);
        if (i + 1 < end && NUMBER_JOINERS[codes[i]] === 1 && classes[codes[i + 1]] === DIGIT) h = hashStep(h, codes[i++]);
        else break;
      }
      kind = 'number';
    } else {
      // A surrogate pair is one token.
      if (code >= 0xd800 && code <= 0xdbff && i < end) h = hashStep(h, codes[i++]);
      kind = 'punct';
    }
    const word = wordOf(text, codes, from, i, h);
    tokens[count++] = { text: word.text, start: from, end: i, kind, word };
  }
  return count;
}

/** Tokens of text[start, end): words (letters, marks, ZWNJ), numbers (`2.5`, `250,000`, `4/5`), punctuation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(text, codesOf(text), start, end, tokens, 0); // the article's code units, shared with the other scans
  return tokens;
}

/** Is the token a terminal (`.` `!` `?` `؟`)? */
const isTerminal = (tok: Token) => tok.end - tok.start === 1 && TERMINAL[tok.text.charCodeAt(0)] === 1;

/**
 * Is the punctuation token at index i of tokens[0, count) the end of a sentence? Not after an initial
 * (`دکتر م.`).
 */
function endsSentence(tokens: Token[], count: number, i: number): boolean {
  const tok = tokens[i];
  if (!isTerminal(tok)) return false;
  if (i + 1 < count && isTerminal(tokens[i + 1])) return false; // '?!' or '...': end at the last one
  if (tok.text === '.' && i > 0) {
    const prev = tokens[i - 1];
    const isInitial = prev.kind === 'word' && prev.text.length === 1 && prev.end === tok.start;
    if (isInitial && (i < 2 || tokens[i - 2].end < prev.start)) return false;
  }
  return true;
}

export function segment(text: string): Segmented {
  const codes = codesOf(text); // the article's code units, shared with the other scans
  const paras = paragraphs(text);
  const sentences: Sentence[] = [];
  // The tokens of the paragraph being split (each sentence gets a copy of its own): an array of this
  // article, not one kept across articles, whose every store of a new token is an old-to-new pointer
  // for the write barrier to record (that cost more than growing a new array).
  const tokens: Token[] = [];
  for (let p = 0; p < paras.length; p++) {
    const count = tokenizeInto(text, codes, paras[p].start, paras[p].end, tokens, 0);
    let first = 0;
    for (let i = 0; i < count; i++) {
      if (i === count - 1 || (tokens[i].kind === 'punct' && endsSentence(tokens, count, i))) {
        sentences.push({ start: tokens[first].start, end: tokens[i].end, paragraph: p, tokens: tokens.slice(first, i + 1) });
        first = i + 1;
      }
    }
  }
  return { paragraphs: paras, sentences };
}
