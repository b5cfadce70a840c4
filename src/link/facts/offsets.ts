/**
 * Normalized offsets of raw offsets for the facts of one article, as `normOffset` (normalize/index.ts)
 * finds them, but searched from a guess: the offsets asked (mentions, sums, dates) lie in the same
 * stretch of text, where the raw and normalized offsets differ by about the same amount, so the last
 * answer's difference guesses the next one and the search reads a few `rawStart` values, not the
 * thirteen or so of a search over the whole text (each one itself a search of the shifts).
 *
 * Example: over `می شود ۲٫۵ ميليارد` (raw) → `می‌شود 2.5 میلیارد`, `find(7)` → 7, as normOffset(norm, 7).
 */
import type { Normalized } from '../../normalize/index.js';

export class OffsetFinder {
  /** raw − normalized offset of the last answer. */
  private delta = 0;

  constructor(private readonly norm: Normalized) {}

  /**
   * The first normalized offset k in [0, n] with k = n or rawStart(k) ≥ raw (n the text's length):
   * normOffset's answer, since rawStart never decreases.
   */
  find(raw: number): number {
    const norm = this.norm;
    const n = norm.text.length;
    // `below(k)`: k < n and rawStart(k) < raw, true up to the answer and false from it on.
    let g = raw - this.delta;
    if (g < 0) g = 0;
    else if (g > n) g = n;
    let lo: number; // below(lo - 1) holds (or lo is 0)
    let hi: number; // below(hi) fails
    if (g < n && norm.rawStart(g) < raw) {
      // The answer is past g: gallop up.
      lo = g + 1;
      let step = 1;
      hi = lo;
      while (hi < n && norm.rawStart(hi) < raw) {
        lo = hi + 1;
        hi = Math.min(n, hi + step);
        step *= 2;
      }
    } else {
      // The answer is g or before it: gallop down.
      hi = g;
      let step = 1;
      lo = g;
      while (lo > 0) {
        const k = Math.max(0, hi - step);
        if (norm.rawStart(k) < raw) {
          lo = k + 1;
          break;
        }
        hi = k;
        lo = k;
        step *= 2;
      }
    }
    // Binary search in [lo, hi]: below(lo - 1) holds, below(hi) fails.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (norm.rawStart(mid) < raw) lo = mid + 1;
      else hi = mid;
    }
    this.delta = raw - lo;
    return lo;
  }
}
