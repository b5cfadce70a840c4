/**
 * segment: paragraphs, sentences and tokens of normalized text, with normalized offsets.
 *
 * Example: `وی گفت: قیمت 2.5 درصد افزایش یافت. دکتر م. رضایی آمد.` → two sentences (no break inside
 * `2.5` or after the initial `م.`); hard-wrapped lines that break a sentence are one paragraph.
 */

import { CHAR_FLAGS, codesOf, SPACE as SPACE_FLAG } from './chars.js';

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  text: string;
  kind: TokenKind;
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
const LETTER = 1;
const MARK = 2; // marks and ZWNJ: continue a word, never start one
const DIGIT = 3;
const SPACE = 4;
const OTHER = 0;
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
const NUMBER_JOINERS = new Set(['.'.charCodeAt(0), ','.charCodeAt(0), '/'.charCodeAt(0)]);
const TERMINAL = new Set(['.', '!', '?', '؟']);
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
/** A line that ends with one of these (spaces after it aside) continues on the next line. */
const CONTINUES = codes('،,؛;-–');
/** A line that ends with one of these (spaces after it aside) closes its sentence. */
const CLOSES = codes('.!?؟:»")]');

interface Line extends Span {
  /** The line without its surrounding spaces: [from, to) of the text; from === to when blank. */
  from: number;
  to: number;
}

const isSpaceAt = (text: string, i: number) => (CHAR_FLAGS[text.charCodeAt(i)] & SPACE_FLAG) !== 0;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    let from = start;
    let to = end;
    while (from < to && isSpaceAt(text, from)) from++;
    while (to > from && isSpaceAt(text, to - 1)) to--;
    lines.push({ start, end, from, to });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Does the line's text (spaces after it aside) end with one of `chars`? */
const endsWith = (text: string, l: Line, chars: Set<number>) => l.to > l.from && chars.has(text.charCodeAt(l.to - 1));

/**
 * Hard-wrapped copy has many lines close to one width that end mid-sentence. Returns the length at or
 * above which an unterminated line is taken as wrapped, or Infinity when the text is not hard-wrapped.
 */
function wrapWidth(text: string, lines: Line[]): number {
  const lengths = lines.map((l) => l.to - l.from).filter((n) => n > 0);
  if (lengths.length < 4) return Infinity;
  const width = Math.max(...lengths);
  const threshold = Math.floor(width * 0.8);
  const wrapped = lines.filter((l) => l.to - l.from >= threshold && !endsWith(text, l, CLOSES)).length;
  return wrapped >= 3 ? threshold : Infinity;
}

/** Paragraphs: non-empty lines, a line joined to the next where it plainly continues (see module doc). */
export function paragraphs(text: string): Span[] {
  const lines = splitLines(text).filter((l) => l.to > l.from);
  const width = wrapWidth(text, lines);
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
    joinNext = endsWith(text, line, CONTINUES) || (trimmedLength >= width && !endsWith(text, line, CLOSES));
  }
  // Trim surrounding spaces from each paragraph.
  for (const p of out) {
    while (p.start < p.end && isSpaceAt(text, p.start)) p.start++;
    while (p.end > p.start && isSpaceAt(text, p.end - 1)) p.end--;
  }
  return out;
}

/** Tokens of text[start, end): words (letters, marks, ZWNJ), numbers (`2.5`, `250,000`, `4/5`), punctuation. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const classes = CHAR_CLASS;
  const codes = codesOf(text); // the article's code units, shared with the other scans
  let i = start;
  while (i < end) {
    const cls = classes[codes[i]];
    const from = i;
    let kind: TokenKind;
    if (cls === SPACE) {
      i++;
      continue;
    } else if (cls === LETTER) {
      i++;
      while (i < end && (classes[codes[i]] === LETTER || classes[codes[i]] === MARK)) i++;
      kind = 'word';
    } else if (cls === DIGIT) {
      i++;
      for (;;) {
        while (i < end && classes[codes[i]] === DIGIT) i++;
        if (i + 1 < end && NUMBER_JOINERS.has(codes[i]) && classes[codes[i + 1]] === DIGIT) i++;
        else break;
      }
      kind = 'number';
    } else {
      // A surrogate pair is one token.
      const code = codes[i];
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < end ? 2 : 1;
      kind = 'punct';
    }
    tokens.push({ text: text.slice(from, i), start: from, end: i, kind });
  }
  return tokens;
}

/** Is the terminal token at index i the end of a sentence? Not after an initial (`دکتر م.`). */
function endsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i];
  if (!TERMINAL.has(tok.text)) return false;
  const next = tokens[i + 1];
  if (next && TERMINAL.has(next.text)) return false; // '?!' or '...': end at the last one
  if (tok.text === '.') {
    const prev = tokens[i - 1];
    const isInitial = prev && prev.kind === 'word' && prev.text.length === 1 && prev.end === tok.start;
    const prevPrev = tokens[i - 2];
    if (isInitial && (!prevPrev || prevPrev.end < prev.start)) return false;
  }
  return true;
}

export function segment(text: string): Segmented {
  const paras = paragraphs(text);
  const sentences: Sentence[] = [];
  paras.forEach((para, p) => {
    const tokens = tokenize(text, para.start, para.end);
    let first = 0;
    for (let i = 0; i < tokens.length; i++) {
      if (i === tokens.length - 1 || (tokens[i].kind === 'punct' && endsSentence(tokens, i))) {
        const slice = tokens.slice(first, i + 1);
        sentences.push({ start: slice[0].start, end: slice[slice.length - 1].end, paragraph: p, tokens: slice });
        first = i + 1;
      }
    }
  });
  return { paragraphs: paras, sentences };
}
