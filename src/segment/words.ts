/**
 * One shared record per distinct token text (a word, number or mark), found by the segmenter as it
 * scans the token, so that the stages read a token's word once instead of each hashing its text again:
 * a stage keeps what it derives from the word alone in its own slot of the record, filled on first use.
 * Records live in a fixed direct-mapped table (news vocabulary repeats across articles, and memory stays
 * flat on an archive: about 1.3 MB): a newer word takes the slot of an older one, which its tokens still hold.
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
  /** The dates stage's reading of the word (extract/dates/anchors.ts), null until first asked. */
  dates: unknown;
}

/** The hash of a token starts at this value and takes each code unit in with `hashStep`. */
export const HASH_SEED = 0x811c9dc5;
export const hashStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193);

/**
 * Pairs of slots, a pair per hash. A slot's word is told by its code units, kept in a typed array (reading
 * the record's text char by char cost more than the rest of the lookup): WIDTH units a slot, its length
 * then up to WIDTH - 1 units (a pair of slots is one cache line); a longer word is compared by its text.
 */
const BITS = 15;
const WIDTH = 16;
const records: (Word | null)[] = new Array<Word | null>(1 << BITS).fill(null);
const units = new Uint16Array((1 << BITS) * WIDTH);

/** Tokens longer than this are not kept (nor is their flat copy made): a new record each time. */
const MAX_KEPT = 64;

const newWord = (text: string): Word => ({ text, officials: null, facility: null, dates: null });

/** Does slot `slot` hold the word codes[from, from + n)? */
function holds(slot: number, codes: Uint16Array, from: number, n: number): boolean {
  const at = slot * WIDTH;
  if (units[at] !== n) return false;
  if (n >= WIDTH) return spells(records[slot]!.text, codes, from, n);
  for (let k = 0; k < n; k++) if (units[at + 1 + k] !== codes[from + k]) return false;
  return true;
}

/** Does `text` (of length n) spell codes[from, from + n)? */
function spells(text: string, codes: Uint16Array, from: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (text.charCodeAt(k) !== codes[from + k]) return false;
  return true;
}

/** The record of the token text[from, to), whose code units are `codes` and whose hash is `h`. */
export function wordOf(text: string, codes: Uint16Array, from: number, to: number, h: number): Word {
  const slot = (h ^ (h >>> 15)) & ((1 << BITS) - 2);
  return holds(slot, codes, from, to - from) ? records[slot]! : secondOrNew(text, codes, from, to, slot);
}

/** wordOf past its first slot (kept apart: the hot path is small enough to inline). */
function secondOrNew(text: string, codes: Uint16Array, from: number, to: number, slot: number): Word {
  const n = to - from;
  if (n > MAX_KEPT) return newWord(text.slice(from, to));
  if (holds(slot + 1, codes, from, n)) return records[slot + 1]!;
  // The newest word takes the first slot; the one it displaces, the second.
  records[slot + 1] = records[slot];
  units.copyWithin((slot + 1) * WIDTH, slot * WIDTH, (slot + 1) * WIDTH);
  const word = newWord(String.fromCharCode.apply(null, codes.subarray(from, to) as unknown as number[]));
  records[slot] = word;
  units[slot * WIDTH] = n;
  units.set(codes.subarray(from, from + Math.min(n, WIDTH - 1)), slot * WIDTH + 1);
  return word;
}
