/**
 * One shared record per distinct token text (a word, number or mark), found by the segmenter as it
 * scans the token, so that the stages read a token's word once instead of each hashing its text again:
 * a stage keeps what it derives from the word alone in its own slot of the record, filled on first use.
 * Records live in a fixed direct-mapped table (news vocabulary repeats across articles, and memory stays
 * flat on an archive): a newer word takes the slot of an older one, which its tokens still hold.
 *
 * Example: the tokens `وزیر` of `وزیر بهداشت … وزیر گفت` share one record `{ text: 'وزیر', … }`;
 * officials reads `record.officials ??= …` once for both.
 */

export interface Word {
  /** The token's text, a flat copy (never a slice that would keep its article alive). */
  readonly text: string;
  /** The officials stage's reading of the word (extract/officials/tokens.ts), null until first asked. */
  officials: unknown;
  /** The facilities stage's reading of the word (extract/facilities/reader.ts), null until first asked. */
  facility: unknown;
}

/** The hash of a token starts at this value and takes each code unit in with `hashStep`. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/** Tokens longer than this are not kept (nor is their flat copy made): a new record each time. */
const MAX_KEPT = 64;

/**
 * Pairs of slots, a pair per hash: a token reads one or two slots and compares the record's text with
 * its code units; two words of an article that share a pair both stay.
 */
const BITS = 15;
const table: (Word | null)[] = new Array<Word | null>(1 << BITS).fill(null);

const newWord = (text: string): Word => ({ text, officials: null, facility: null });

/** Does `text` spell codes[from, to)? */
function spells(text: string, codes: Uint16Array, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) !== codes[from + k]) return false;
  return true;
}

/** The record of the token text[from, to), whose code units are `codes` and whose hash is `h`. */
export function wordOf(text: string, codes: Uint16Array, from: number, to: number, h: number): Word {
  if (to - from > MAX_KEPT) return newWord(text.slice(from, to));
  const slot = (h ^ (h >>> 15)) & ((1 << BITS) - 2);
  const first = table[slot];
  if (first !== null && spells(first.text, codes, from, to)) return first;
  const second = table[slot + 1];
  if (second !== null && spells(second.text, codes, from, to)) return second;
  // The newest word takes the first slot; the one it displaces, the second.
  table[slot + 1] = first;
  return (table[slot] = newWord(String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[])));
}
