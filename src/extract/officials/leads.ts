/**
 * The lead of a word: its first chars as a surname key's would be (`surnames.ts` tells by them, before
 * reading any key, whether a surname of the article may start at the word), one number per word, kept
 * on its officials reading and copied to a flat list of the article's tokens as they are read once. A
 * lead is an index of one table (`LEAD_SLOTS` entries), so that a word is let through or not by one read.
 *
 * Example: `آقایی` → the pair `اق` (`pairOf`, as in the key); `ولی‌منش` → the pair `ول` (a ZWNJ later
 * in the word is not read); `ب‌نام` → ZWNJ_SECOND + `ب` (the ZWNJ is not tested: the full test decides);
 * `و` → ONE_CHAR + `و`; a mark or number → NO_LEAD.
 */

/** A letter of a word as in its key (`tokenKey`): آ/أ/إ → ا. */
export const keyChar = (c: number): number => (c === 0x622 || c === 0x623 || c === 0x625 ? 0x627 : c);

/**
 * The index of a pair of chars in a table of 0x10000 (pairs of other scripts may share one): the lead
 * of a word of two chars or more whose second is no ZWNJ.
 */
export const pairOf = (a: number, b: number): number => ((a & 0xff) << 8) | (b & 0xff);

/** The lead of a word whose second char is a ZWNJ: this plus its first char. */
export const ZWNJ_SECOND = 0x10000;
/** The lead of a word of one char (a surname key from it goes on with the next word's): this plus the char. */
export const ONE_CHAR = 0x20000;
/** The lead of a token that is no word: no surname starts there (no table entry is ever set for it). */
export const NO_LEAD = 0x30000;
/** The entries of a table indexed by leads. */
export const LEAD_SLOTS = NO_LEAD + 1;

/** The lead of a word's text. */
export function leadOf(text: string): number {
  const c = keyChar(text.charCodeAt(0));
  if (text.length < 2) return ONE_CHAR + c;
  const d = text.charCodeAt(1);
  return d === 0x200c ? ZWNJ_SECOND + c : pairOf(c, keyChar(d));
}

/**
 * The low byte of the first char of a word's lead (not NO_LEAD), as `pairOf` reads it; 0x0c (that of a
 * ZWNJ) for a pair whose first char is of that low byte.
 */
export const leadFirstByte = (lead: number): number => (lead < ZWNJ_SECOND ? lead >>> 8 : lead & 0xff);

/** May the word of this lead (not NO_LEAD) start with a ZWNJ? Only a pair's first char is not known whole. */
export const mayStartWithZwnj = (lead: number): boolean => (lead < ZWNJ_SECOND ? lead >>> 8 === 0x0c : (lead & 0xffff) === 0x200c);
