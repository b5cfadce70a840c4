/**
 * The lead of a word: its first chars as a surname key's would be (`surnames.ts` tells by them, before
 * reading any key, whether a surname of the article may start at the word), one number per word, kept
 * on its officials reading and copied to a flat list of the article's tokens as they are read once.
 *
 * Example: `ولی‌منش` → first `و`, no pair (a ZWNJ second: the full test decides); `آقایی` → first `ا`
 * (as in the key) and the pair `اق`; `و` → first `و`, one char; a mark or number → NO_LEAD.
 */

/** The lead of a token that is no word: no surname starts there. */
export const NO_LEAD = -1;

/** A letter of a word as in its key (`tokenKey`): آ/أ/إ → ا. */
export const keyChar = (c: number): number => (c === 0x622 || c === 0x623 || c === 0x625 ? 0x627 : c);

/** The index of a pair of chars in a table of 0x10000 (pairs of other scripts may share one). */
export const pairOf = (a: number, b: number): number => ((a & 0xff) << 8) | (b & 0xff);

/** Set in a lead when the word's second char is to be tested (two chars or more, the second no ZWNJ). */
const HAS_PAIR = 1 << 24;
/** Set in the lead of a word of one char (a surname key from it goes on with the next word's). */
const ONE_CHAR = 1 << 25;

/** The lead of a word's text: its first char (`keyChar`), and the low byte of its second where tested. */
export function leadOf(text: string): number {
  const c = keyChar(text.charCodeAt(0));
  if (text.length < 2) return c | ONE_CHAR;
  const d = text.charCodeAt(1);
  return d === 0x200c ? c : c | ((keyChar(d) & 0xff) << 16) | HAS_PAIR;
}

/** Is the lead that of a word of one char? */
export const isOneChar = (lead: number): boolean => (lead & ONE_CHAR) !== 0;

/** The first char of a lead (not NO_LEAD). */
export const leadFirst = (lead: number): number => lead & 0xffff;

/** The `pairOf` index of a lead's first two chars, or -1 when its second is not tested. */
export const leadPair = (lead: number): number => ((lead & HAS_PAIR) === 0 ? -1 : ((lead & 0xff) << 8) | ((lead >>> 16) & 0xff));
