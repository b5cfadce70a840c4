/**
 * Unicode classes of every UTF-16 code unit, as bit flags in one table built once: what the hot loops
 * ask instead of a regex test per char (`/\p{L}/u.test(ch)`). Surrogates have no flags here; code that
 * must read astral letters calls `codePointFlags`.
 *
 * Example: `CHAR_FLAGS['م'.charCodeAt(0)] & LETTER` → non-zero; `CHAR_FLAGS[0x200c]` → ZWNJ_FLAG;
 * `CHAR_FLAGS['۵'.charCodeAt(0)] & NUMBER` → non-zero (`\p{N}`), `& DIGIT` → 0 (ASCII digits only).
 */

/** `\p{L}` */
export const LETTER = 1;
/** `\p{M}` */
export const MARK = 2;
/** `\p{N}` */
export const NUMBER = 4;
/** `\s` */
export const SPACE = 8;
/** U+200C */
export const ZWNJ_FLAG = 16;
/** ASCII `0-9` (`\d`) */
export const DIGIT = 32;

function flagsOf(ch: string): number {
  let f = 0;
  if (/\p{L}/u.test(ch)) f |= LETTER;
  if (/\p{M}/u.test(ch)) f |= MARK;
  if (/\p{N}/u.test(ch)) f |= NUMBER;
  if (/\s/u.test(ch)) f |= SPACE;
  if (ch === '\u200c') f |= ZWNJ_FLAG;
  if (/^[0-9]$/.test(ch)) f |= DIGIT;
  return f;
}

export const CHAR_FLAGS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    t[c] = flagsOf(String.fromCharCode(c));
  }
  return t;
})();

/** Flags of any code point (astral ones by regex: they are rare). */
export function codePointFlags(cp: number): number {
  return cp < 0x10000 ? CHAR_FLAGS[cp] : flagsOf(String.fromCodePoint(cp));
}

/** Is code unit `c` a high surrogate with a low one at `next`? */
export function isPair(c: number, next: number): boolean {
  return c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Flags of the code point at index i of text (a surrogate pair read whole), and its length in units.
 * A lone surrogate has no flags.
 */
export function flagsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return CHAR_FLAGS[c];
  const next = text.charCodeAt(i + 1);
  if (isPair(c, next)) return codePointFlags(((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000);
  return 0;
}

/**
 * Flags of the code point that ends just before index i (a surrogate pair read whole), as a regex
 * lookbehind sees it; 0 at the text start.
 */
export function flagsBefore(text: string, i: number): number {
  if (i <= 0) return 0;
  const c = text.charCodeAt(i - 1);
  if (c < 0xd800 || c > 0xdfff) return CHAR_FLAGS[c];
  if (c >= 0xdc00 && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (isPair(high, c)) return codePointFlags(((high - 0xd800) << 10) + (c - 0xdc00) + 0x10000);
  }
  return 0;
}

/** The last text `codesOf` was asked about, and its code units. */
let lastText: string | null = null;
let lastCodes: Uint16Array = new Uint16Array(2);

/**
 * The UTF-16 code units of `text` in a typed array, two zeros after the end (a read one or two past
 * the end gives 0, whose low bits are those of `charCodeAt`'s NaN). Scans that read every char of an
 * article read this array, several times faster in V8 than `charCodeAt`; the last text's array is
 * kept, so the scans of one article share it.
 *
 * Example: `codesOf('ab')` → Uint16Array [97, 98, 0, 0].
 */
export function codesOf(text: string): Uint16Array {
  if (text === lastText) return lastCodes;
  const codes = new Uint16Array(text.length + 2);
  // Copied natively as UTF-16LE bytes (every unit as it is, lone surrogates too): a charCodeAt loop costs more.
  Buffer.from(codes.buffer, codes.byteOffset, 2 * text.length).write(text, 0, 'utf16le');
  lastText = text;
  lastCodes = codes;
  return codes;
}

/** Keep `codes` (the code units of `text`, two zeros after) as `codesOf(text)`: the normalizer has them. */
export function rememberCodes(text: string, codes: Uint16Array): void {
  lastText = text;
  lastCodes = codes;
}

/** A word as UTF-16 code units, to compare with an article's (`unitsAt`): `startsWith` is slower on two-byte text. */
export const unitsOf = (word: string): Uint16Array => Uint16Array.from(word, (_, i) => word.charCodeAt(i));

/** Does `word` (`unitsOf`) stand at p of the code units? Example: `unitsAt(codesOf('۵ دلار'), 2, unitsOf('دلار'))` → true. */
export function unitsAt(codes: Uint16Array, p: number, word: Uint16Array): boolean {
  if (p + word.length > codes.length) return false;
  for (let i = 0; i < word.length; i++) if (codes[p + i] !== word[i]) return false;
  return true;
}

/** Does one of `words` stand at p (none when undefined)? */
export function anyUnitsAt(codes: Uint16Array, p: number, words: Uint16Array[] | undefined): boolean {
  if (words === undefined) return false;
  for (let i = 0; i < words.length; i++) if (unitsAt(codes, p, words[i])) return true;
  return false;
}
