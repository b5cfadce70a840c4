/**
 * The map from normalized offsets back to raw ones, kept as the few places where it shifts: a char
 * of the normalized text comes from the raw char as many places on as the last shift before it says,
 * and ends one past it, but for a run of spaces made one. The arrays `toRaw` and `toRawEnd` are built
 * from these only when asked: writing an int per char of every article cost more than the pass itself.
 *
 * Example: raw `تهـــران  ۵` (three kashidas, two spaces) → text `تهران 5`, shifts [(2, 5), (6, 10)]
 * (char 2 `ر` comes from raw 5 and the chars after it as far on, char 6 `5` from raw 10), runs
 * [(5, 10)] (the space at 5 ends at raw 10): `toRaw` = [0, 1, 5, 6, 7, 8, 10, 11], `toRawEnd` =
 * [1, 2, 6, 7, 8, 10, 11].
 */

import { takeInts } from './pool.js';

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** For each normalized char i, the original index where it starts; `toRaw[text.length] === raw.length`. */
  readonly toRaw: Int32Array;
  /** For each normalized char i, the original index just past it. */
  readonly toRawEnd: Int32Array;
  /** The code units of `text`, two zeros after the end (see `codesOf` in segment/chars.ts). */
  codes: Uint16Array;
  /** `toRaw[k]`, without building `toRaw`. */
  rawStart(k: number): number;
  /** `toRawEnd[k]`, without building `toRawEnd`. */
  rawEnd(k: number): number;
}

/** Shifts of the article being normalized: pairs (normalized index, raw index of its char), reused. */
let shifts: Int32Array = new Int32Array(64);
let shiftCount = 0;
/** Runs of spaces of the article being normalized: pairs (normalized index of the space, raw end), reused. */
let runs: Int32Array = new Int32Array(64);
let runCount = 0;
const NONE = new Int32Array(0);

/** Start the map of a new text. */
export function startMap(): void {
  shiftCount = 0;
  runCount = 0;
}

/**
 * The char written next at normalized index k comes from raw index i. Called where the pass drops,
 * removes or writes a char one at a time; shifts at k or after (chars written, then removed) go.
 */
export function mark(k: number, i: number): void {
  while (shiftCount > 0 && shifts[shiftCount - 2] >= k) shiftCount -= 2;
  const delta = shiftCount === 0 ? 0 : shifts[shiftCount - 1] - shifts[shiftCount - 2];
  if (i - k === delta) return;
  if (shiftCount === shifts.length) shifts = grow(shifts);
  shifts[shiftCount] = k;
  shifts[shiftCount + 1] = i;
  shiftCount += 2;
}

/** The space at normalized index k ends at raw index `end` (a run of spaces made one). */
export function markRun(k: number, end: number): void {
  if (runCount === 0 || runs[runCount - 2] !== k) {
    if (runCount === runs.length) runs = grow(runs);
    runs[runCount] = k;
    runCount += 2;
  }
  runs[runCount - 1] = end;
}

/** The normalized text of the map marked since `startMap`. */
export function normalized(text: string, codes: Uint16Array): Normalized {
  return new NormalizedText(text, codes, shiftCount === 0 ? NONE : shifts.slice(0, shiftCount), runCount === 0 ? NONE : runs.slice(0, runCount));
}

/** A copy of `a` twice as long. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The index of the last pair of `pairs` whose first is at most k, or -1. */
function lastAtOrBefore(pairs: Int32Array, k: number): number {
  let lo = 0;
  let hi = pairs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[2 * mid] <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

class NormalizedText implements Normalized {
  private starts: Int32Array | null = null;
  private ends: Int32Array | null = null;
  constructor(
    readonly text: string,
    readonly codes: Uint16Array,
    private readonly shifts: Int32Array,
    private readonly runs: Int32Array,
  ) {}

  rawStart(k: number): number {
    const s = lastAtOrBefore(this.shifts, k);
    return s < 0 ? k : k + this.shifts[2 * s + 1] - this.shifts[2 * s];
  }

  rawEnd(k: number): number {
    const r = lastAtOrBefore(this.runs, k);
    return r >= 0 && this.runs[2 * r] === k ? this.runs[2 * r + 1] : this.rawStart(k) + 1;
  }

  get toRaw(): Int32Array {
    if (this.starts !== null) return this.starts;
    const n = this.text.length;
    const starts = takeInts(n + 1);
    let delta = 0;
    let s = 0;
    for (let k = 0; k <= n; k++) {
      if (s < this.shifts.length && this.shifts[s] === k) {
        delta = this.shifts[s + 1] - k;
        s += 2;
      }
      starts[k] = k + delta;
    }
    this.starts = starts;
    return starts;
  }

  get toRawEnd(): Int32Array {
    if (this.ends !== null) return this.ends;
    const starts = this.toRaw;
    const ends = takeInts(this.text.length);
    for (let k = 0; k < ends.length; k++) ends[k] = starts[k] + 1;
    for (let r = 0; r < this.runs.length; r += 2) ends[this.runs[r]] = this.runs[r + 1];
    this.ends = ends;
    return ends;
  }
}
