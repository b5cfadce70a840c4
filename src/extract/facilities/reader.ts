/**
 * What the facility grammar reads: one sentence's tokens over the normalized text, each token's
 * word-class bits, and the sentence's numbers, found only when a number can stand where the grammar
 * asks, and then only in a window of a few tokens around that place (window.ts): finding them was
 * the costliest step of the stage.
 *
 * Example: over `۲ بیمارستان در شهر قم`, `reader.bits(3)` has CITY_CUE (`شهر`), `reader.numberEndingAt(1)` → the
 * number `۲` (value 2); over `توسعه بیمارستان`, `numberEndingAt(5)` finds no number without scanning:
 * `توسعه` does not split into number words.
 */
import type { NumberMatch } from '../../numbers/index.js';
import { mayBeNumberWord, splitNumberWord } from '../../numbers/lexicon.js';
import { CHAR_FLAGS, LETTER, MARK, ZWNJ_FLAG } from '../../segment/chars.js';
import type { Sentence, Token } from '../../segment/index.js';
import { numbersAround, type NumberWindow } from './window.js';
import { NO_WORD, wordBits } from './words.js';

const WORD_CHARS = LETTER | MARK | ZWNJ_FLAG;
const AND_CODE = 'و'.charCodeAt(0);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export class Reader {
  toks: Token[];
  /** The sentence's span: the text its numbers are found in. */
  private from: number;
  private to: number;
  /** Windows of the sentence whose numbers were found (window.ts), usually one or none. */
  private readonly windows: NumberWindow[] = [];

  constructor(
    readonly text: string,
    s: Sentence,
  ) {
    this.toks = s.tokens;
    this.from = s.start;
    this.to = s.end;
  }

  /** Read sentence s of the same text from now on (one reader serves an article's sentences). */
  read(s: Sentence): void {
    this.toks = s.tokens;
    this.from = s.start;
    this.to = s.end;
    if (this.windows.length !== 0) this.windows.length = 0; // mostly none: no call to cut the array
  }

  /** Token i, or undefined outside the sentence. */
  tok(i: number): Token | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined;
  }

  /**
   * The word-class bits of token i's word (words.ts), kept on the token's shared word record: the
   * grammar asks for the words around every type word. Outside the sentence, those of the key `''`.
   */
  bits(i: number): number {
    return i >= 0 && i < this.toks.length ? wordBits(this.toks[i].word) : NO_WORD;
  }

  /** Numbers of the sentence that end at `pos` or hold it are those of a window around it. */
  private numbers(pos: number): NumberMatch[] {
    for (const w of this.windows) if (w.lo <= pos && pos <= w.hi) return w.numbers;
    const w = numbersAround(this.text, this.toks, 0, this.toks.length, this.from, this.to, pos);
    this.windows.push(w);
    return w.numbers;
  }

  /** The number of the sentence that ends at normalized offset `end`, if any. */
  numberEndingAt(end: number): NumberMatch | undefined {
    if (!this.mayEndNumber(end)) return undefined;
    for (const n of this.numbers(end)) if (n.end === end) return n;
    return undefined;
  }

  /**
   * Is word token t inside a number? Only a word that may be a number word can be — unless a lone high
   * surrogate took the word's first letter into its own token (then the number scan may see more).
   */
  inNumber(t: Token): boolean {
    const text = this.text;
    const swallowed = t.start >= 2 && isHighSurrogate(text.charCodeAt(t.start - 2)) && !isLowSurrogate(text.charCodeAt(t.start - 1));
    if (t.kind === 'word' && !swallowed) {
      if (!mayBeNumberWord(text, t.start, t.end)) return false;
      if ((CHAR_FLAGS[text.charCodeAt(t.start)] & WORD_CHARS) !== 0 && !this.splitsIntoNumbers(t.start)) return false;
    }
    for (const n of this.numbers(t.start)) if (n.start <= t.start && t.start < n.end) return true;
    return false;
  }

  /**
   * Can a number end at `end`? Only after a digit, or at the end of a word that may split into number
   * words (a number never ends inside a word); false spares finding the sentence's numbers.
   */
  private mayEndNumber(end: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(end - 1);
    if (c >= 0x30 && c <= 0x39) return true;
    if (isSurrogate(c)) return true;
    if ((CHAR_FLAGS[c] & WORD_CHARS) === 0) return false;
    let start = end - 1;
    while (start > 0) {
      const b = text.charCodeAt(start - 1);
      if (isSurrogate(b)) return true;
      if ((CHAR_FLAGS[b] & WORD_CHARS) === 0) break;
      start--;
    }
    let wordEnd = end;
    while (wordEnd < text.length && (CHAR_FLAGS[text.charCodeAt(wordEnd)] & WORD_CHARS) !== 0) wordEnd++;
    // A lone `و` (`… و بیمارستان`): the scan reads it as one `و` item, and a number phrase never ends
    // with one (numbers/grammar.ts: a phrase ends after a number word, a magnitude or نیم).
    if (wordEnd === end && start === end - 1 && c === AND_CODE) return false;
    return mayBeNumberWord(text, start, wordEnd) && this.splitsIntoNumbers(end - 1);
  }

  /**
   * Does the word holding the letter at `pos` split wholly into number words, the word cut as the
   * number scan of the sentence cuts it (a run of letters, marks and ZWNJ within the sentence)? The
   * scan gives number items only for such a word, so false means no number covers `pos`; a surrogate
   * near the word (an astral letter may extend it) answers true.
   */
  private splitsIntoNumbers(pos: number): boolean {
    const text = this.text;
    let start = pos;
    while (start > this.from) {
      const b = text.charCodeAt(start - 1);
      if (isSurrogate(b)) return true;
      if ((CHAR_FLAGS[b] & WORD_CHARS) === 0) break;
      start--;
    }
    let end = pos + 1;
    while (end < this.to) {
      const b = text.charCodeAt(end);
      if (isSurrogate(b)) return true;
      if ((CHAR_FLAGS[b] & WORD_CHARS) === 0) break;
      end++;
    }
    return splitNumberWord(text.slice(start, end)) !== null;
  }
}
