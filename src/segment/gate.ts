/**
 * A start gate: the first two chars that the alternatives of a big pattern can start with. A scan
 * tries the pattern (sticky) only where the gate allows, and the pattern cannot match elsewhere, so
 * the matches are those of a global search, found without running the alternation at every char.
 *
 * Example: `new StartGate().words(['تومان', 'ریال'])` allows `تو…` and `ری…`: in `۵۰ میلیارد تومان`
 * only the offset of `تومان` passes (`allows(text, 12)` → true), `میلیارد` does not.
 */
import { codesOf } from './chars.js';
export class StartGate {
  /** Per first char: 0 no word, 1 a one-char word (anything may follow), 2 look at the second char. */
  readonly first = new Uint8Array(0x10000);
  /** The pairs allowed whose chars both lie in the Arabic block (U+0600–U+06FF), as a 256×256 table. */
  private readonly arabic = new Uint8Array(0x10000);
  /** The other pairs allowed, keyed `first * 0x10000 + second`. */
  private readonly pairs = new Set<number>();
  /**
   * Per first char: a bit per second char modulo 32 that may follow it (all bits for a char that
   * needs no second): a quick no before the pair set.
   */
  readonly secondBits = new Uint32Array(0x10000);
  /**
   * Per allowed pair in the Arabic block (as `arabic`): a bit per third char modulo 32 that a word of
   * three or more chars continues with; all bits when a two-char word has the pair. Read by `find`.
   */
  private readonly third = new Uint32Array(0x10000);

  /**
   * Allow the literal first words of the alternatives. An empty first word (the pattern may start
   * with anything) allows every char.
   */
  words(list: string[]): this {
    for (const first of list) {
      if (first === '') {
        this.first.fill(1);
        this.secondBits.fill(0xffffffff);
      }
      else if (first.length === 1) this.char(first.charCodeAt(0));
      else {
        const c = first.charCodeAt(0);
        const d = first.charCodeAt(1);
        if (this.first[c] === 0) this.first[c] = 2;
        if (c >= 0x600 && c <= 0x6ff && d >= 0x600 && d <= 0x6ff) {
          const k = ((c - 0x600) << 8) | (d - 0x600);
          this.arabic[k] = 1;
          this.third[k] |= first.length === 2 ? 0xffffffff : 1 << (first.charCodeAt(2) & 31);
        } else this.pairs.add(c * 0x10000 + d);
        this.secondBits[c] |= 1 << (d & 31);
      }
    }
    return this;
  }

  /** Allow a single char before anything (digits, signs). */
  char(code: number): this {
    this.first[code] = 1;
    this.secondBits[code] = 0xffffffff;
    return this;
  }

  /** May a match start at `pos` of `text`? */
  allows(text: string, pos: number): boolean {
    const c = text.charCodeAt(pos);
    const f = this.first[c];
    if (f !== 2) return f === 1;
    const next = text.charCodeAt(pos + 1);
    if (next !== next || (this.secondBits[c] & (1 << (next & 31))) === 0) return false;
    const i = c - 0x600;
    const j = next - 0x600;
    if (i >= 0 && i < 0x100 && j >= 0 && j < 0x100) return this.arabic[(i << 8) | j] === 1;
    return this.pairs.has(c * 0x10000 + next);
  }

  /**
   * The first match of `sticky` (a regex with the `y` flag) starting in [from, to) where the gate
   * allows, or null: a plain loop over the tables (no generator), for scans over whole articles. It
   * also reads a third char, so the first words must be literal for three chars (where that long).
   */
  find(sticky: RegExp, text: string, from: number, to = text.length): RegExpExecArray | null {
    const first = this.first;
    const second = this.secondBits; // 0 for a char that starts no word, all bits for a one-char word
    const end = Math.min(to, text.length);
    const codes = codesOf(text);
    let c = codes[from];
    for (let p = from; p < end; p++) {
      const at = c;
      c = codes[p + 1]; // 0 past the end (bit 0 is tested, as for NaN), and `allows` decides
      if (((second[at] >>> (c & 31)) & 1) === 0) continue;
      if (first[at] === 2) {
        if (!this.allows(text, p)) continue;
        // Both chars in the Arabic block (else `allows` read the pair set): the third char too.
        const k = ((at - 0x600) << 8) | (c - 0x600);
        if (at >= 0x600 && at <= 0x6ff && c >= 0x600 && c <= 0x6ff && ((this.third[k] >>> (codes[p + 2] & 31)) & 1) === 0) continue;
      }
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m !== null && m[0].length > 0) return m;
    }
    return null;
  }

  /**
   * Every match of `sticky` (a regex with the `y` flag) in [from, to) where the gate allows, left to
   * right and not overlapping: the matches of the same pattern searched globally (for a pattern
   * that never matches the empty string).
   */
  *matches(sticky: RegExp, text: string, from = 0, to = text.length): Generator<RegExpExecArray> {
    const first = this.first;
    for (let p = from; p < to; ) {
      const c = text.charCodeAt(p);
      if (first[c] === 0 || !this.allows(text, p)) {
        p++;
        continue;
      }
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) {
        p++;
        continue;
      }
      yield m;
      p += m[0].length;
    }
  }
}
