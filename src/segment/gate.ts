/**
 * A start gate: the first two chars that the alternatives of a big pattern can start with. A scan
 * tries the pattern (sticky) only where the gate allows, and the pattern cannot match elsewhere, so
 * the matches are those of a global search, found without running the alternation at every char.
 *
 * Example: `new StartGate().words(['تومان', 'ریال'])` allows `تو…` and `ری…`: in `۵۰ میلیارد تومان`
 * only the offset of `تومان` passes (`allows(text, 12)` → true), `میلیارد` does not. `nextStart`
 * scans code units for the next such place, reading three chars where two pass (`توپ` is passed).
 *
 * The tables cover the chars news text is made of (ASCII, Latin-1, the Arabic block: codes below
 * LOW_CHARS), a map the rest: a gate takes a few KB, not 640 KB of 64K-entry arrays per isolate.
 */
import { codesOf } from './chars.js';

/** Chars below this have table entries; a gate keeps the others in maps. */
export const LOW_CHARS = 0x700;
/**
 * `secondBits` is indexed by a code masked with this: a char from U+0800 on shares the entry of a
 * lower one, so the bits say "may start", never "must". 8 KB, no branch in the tight loops.
 */
export const SECOND_MASK = 0x7ff;
const ALL = 0xffffffff;
const inArabic = (c: number) => c >= 0x600 && c <= 0x6ff;

export class StartGate {
  /**
   * Per code & SECOND_MASK: a bit per second char modulo 32 that may follow a first char with those
   * low bits (all bits for a one-char word): the quick no of the scans, which `allows` then decides.
   */
  readonly secondBits = new Uint32Array(SECOND_MASK + 1);
  /** Per first char below LOW_CHARS: 0 no word, 1 a one-char word (anything may follow), 2 look at the second char. */
  private readonly firstLow = new Uint8Array(LOW_CHARS);
  /** The same for the other first chars. */
  private readonly firstHigh = new Map<number, number>();
  /** An empty first word: every char starts a match. */
  private any = false;
  /**
   * The pairs of chars below LOW_CHARS, keyed `first * LOW_CHARS + second`: a bit per third char
   * modulo 32 that a word of three or more chars in the Arabic block continues with; all bits when
   * the pair is a two-char word or not in the Arabic block. Compiled into `pairTable`.
   */
  private readonly lowPairs = new Map<number, number>();
  /** The class (1…255) of each char of a low pair; 0 for the others. */
  private readonly pairClass = new Uint8Array(LOW_CHARS);
  /**
   * Per pair of classes (`first * stride + second`): the third bits of `lowPairs`, 0 for no pair:
   * exact, where the scan table has rows of all bits.
   */
  private pairTable = new Uint32Array(1);
  private stride = 1;
  /** The pairs with a char from LOW_CHARS on, keyed `first * 0x10000 + second`. */
  private readonly highPairs = new Set<number>();
  /**
   * The quick no of `nextStart`, over three chars: per code & SECOND_MASK the pair class of the
   * char, or the class after them (`one`) for another char a word may start with (a one-char word,
   * a pair with a char from LOW_CHARS on); a char from U+0800 on shares the entry of a lower one.
   */
  private scanClass = new Uint8Array(SECOND_MASK + 1);
  /**
   * Per pair of scan classes (`first << scanShift | second`): `pairTable`'s bits; all bits in the
   * rows of the chars whose second char a word does not fix (`one`'s row among them).
   */
  private scanThird = new Uint32Array(1);
  private scanShift = 0;

  /**
   * Allow the literal first words of the alternatives. An empty first word (the pattern may start
   * with anything) allows every char.
   */
  words(list: string[]): this {
    for (const first of list) {
      if (first === '') {
        this.any = true;
        this.firstLow.fill(1);
        this.firstHigh.clear();
        this.secondBits.fill(ALL);
      } else if (first.length === 1) this.char(first.charCodeAt(0));
      else {
        const c = first.charCodeAt(0);
        const d = first.charCodeAt(1);
        if (this.firstOf(c) === 0) this.setFirst(c, 2);
        if (c < LOW_CHARS && d < LOW_CHARS) {
          const k = c * LOW_CHARS + d;
          const third = first.length > 2 && inArabic(c) && inArabic(d) ? 1 << (first.charCodeAt(2) & 31) : ALL;
          this.lowPairs.set(k, (this.lowPairs.get(k) ?? 0) | third);
        } else this.highPairs.add(c * 0x10000 + d);
        this.secondBits[c & SECOND_MASK] |= 1 << (d & 31);
      }
    }
    this.compile();
    return this;
  }

  /** Allow a single char before anything (digits, signs). */
  char(code: number): this {
    this.setFirst(code, 1);
    this.secondBits[code & SECOND_MASK] = ALL;
    this.compile();
    return this;
  }

  /** 0 when no word starts with char `c`, 1 when a one-char word is `c`, 2 when the second char decides. */
  firstOf(c: number): number {
    if (c < LOW_CHARS) return this.firstLow[c];
    return this.firstHigh.get(c) ?? (this.any && c === c ? 1 : 0);
  }

  private setFirst(c: number, f: number): void {
    if (c < LOW_CHARS) this.firstLow[c] = f;
    else this.firstHigh.set(c, f);
  }

  /** `lowPairs` as a table over the classes of their chars, and the scan tables (a few KB). */
  private compile(): void {
    this.pairClass.fill(0);
    let n = 0;
    const classOf = (c: number) => {
      if (this.pairClass[c] === 0) {
        if (n === 0xfe) throw new Error('StartGate: too many chars in the pairs'); // and one class more
        this.pairClass[c] = ++n;
      }
      return this.pairClass[c];
    };
    for (const k of this.lowPairs.keys()) {
      classOf(Math.floor(k / LOW_CHARS));
      classOf(k % LOW_CHARS);
    }
    this.stride = n + 1;
    this.pairTable = new Uint32Array(this.stride * this.stride);
    for (const [k, third] of this.lowPairs) {
      this.pairTable[this.pairClass[Math.floor(k / LOW_CHARS)] * this.stride + this.pairClass[k % LOW_CHARS]] = third;
    }
    // The scan classes: the pair classes, then `one`; rows of all bits for the chars whose second
    // char is not read (one-char words, high pairs, any char).
    const one = n + 1;
    this.scanShift = 32 - Math.clz32(one);
    const cls = (this.scanClass = new Uint8Array(SECOND_MASK + 1));
    const third = (this.scanThird = new Uint32Array((one + 1) << this.scanShift));
    for (let c = 0; c < LOW_CHARS; c++) cls[c] = this.pairClass[c];
    for (let a = 1; a <= n; a++) for (let b = 1; b <= n; b++) third[(a << this.scanShift) | b] = this.pairTable[a * this.stride + b];
    const row = (k: number) => third.fill(ALL, k << this.scanShift, (k + 1) << this.scanShift);
    row(one);
    const whole = (c: number) => {
      const i = c & SECOND_MASK;
      if (cls[i] === 0) cls[i] = one;
      else row(cls[i]);
    };
    for (let c = 0; c < LOW_CHARS; c++) if (this.firstLow[c] === 1) whole(c);
    for (const [c, f] of this.firstHigh) if (f === 1) whole(c);
    for (const k of this.highPairs) whole(Math.floor(k / 0x10000));
    if (this.any) for (let i = 0; i <= SECOND_MASK; i++) whole(i);
  }

  /** The third bits of the pair (c, d) (non-zero when a word starts with it; all bits for a pair of the map). */
  private thirdBits(c: number, d: number): number {
    if (c < LOW_CHARS && d < LOW_CHARS) return this.pairTable[this.pairClass[c] * this.stride + this.pairClass[d]];
    return this.highPairs.has(c * 0x10000 + d) ? ALL : 0;
  }

  /** May a match start at `pos` of `text`? */
  allows(text: string, pos: number): boolean {
    const c = text.charCodeAt(pos);
    const f = this.firstOf(c);
    if (f !== 2) return f === 1;
    const next = text.charCodeAt(pos + 1);
    return next === next && this.thirdBits(c, next) !== 0;
  }

  /**
   * `allows` read on the code units `codes` (of `codesOf`), and the third char too where the pair
   * lies in the Arabic block: so the first words must be literal for three chars (where that long).
   */
  allowsThree(codes: Uint16Array, pos: number): boolean {
    const c = codes[pos];
    const f = this.firstOf(c);
    if (f !== 2) return f === 1;
    return ((this.thirdBits(c, codes[pos + 1]) >>> (codes[pos + 2] & 31)) & 1) !== 0;
  }

  /**
   * The first p in [from, end) where a word may start by its first three chars, else `end`: every p
   * `allowsThree` passes, and a few more (chars from U+0800 on). The tight loop of the scans over
   * whole articles, on the code units of `codesOf` (two zeros past the end): one table read per
   * char (`secondBits`), the three-char table only where two chars pass.
   */
  nextStart(codes: Uint16Array, from: number, end: number): number {
    const second = this.secondBits;
    const cls = this.scanClass;
    const third = this.scanThird;
    const shift = this.scanShift;
    let next = codes[from];
    for (let p = from; p < end; p++) {
      const c = next;
      next = codes[p + 1];
      if (((second[c & SECOND_MASK] >>> (next & 31)) & 1) === 0) continue;
      if (((third[(cls[c & SECOND_MASK] << shift) | cls[next & SECOND_MASK]] >>> (codes[p + 2] & 31)) & 1) !== 0) return p;
    }
    return end;
  }

  /**
   * The first match of `sticky` (a regex with the `y` flag) starting in [from, to) where the gate
   * allows (`allowsThree`), or null: a plain loop (no generator), for scans over whole articles.
   */
  find(sticky: RegExp, text: string, from: number, to = text.length): RegExpExecArray | null {
    const end = Math.min(to, text.length);
    const codes = codesOf(text);
    for (let p = from; (p = this.nextStart(codes, p, end)) < end; p++) {
      if (!this.allowsThree(codes, p)) continue;
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
    for (let p = from; p < to; ) {
      if (!this.allows(text, p)) {
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

