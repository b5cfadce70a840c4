/**
 * A character trie over folded keys (no spaces or ZWNJ, آ/أ/إ → ا, ة/ۀ → ه, ؤ → و, ئ → ی), matched against
 * normalized text from a word start: one space or ZWNJ of the text may stand anywhere inside a key, so
 * one key matches the glued, spaced and ZWNJ spellings alike; the longest key ending at a word end wins.
 *
 * Example: with the key `عجب شیر`, `matchAt('درمانگاههای هشترود ، عجبشیر و ملکان', 21)` →
 * `{ end: 27, values: [...] }`, and `عجب شیر` / `عجب‌شیر` match the same key. `longestAt(text, 21)` gives
 * the same end, 27, without a match object (the values are then in `found`), -1 where no key matches.
 */

import { memoize } from '../normalize/memo.js';
import * as chars from '../segment/chars.js';

// Module-level copies: imported bindings are read with a check each time, too slow in a hot loop.
const { CHAR_FLAGS, LETTER, MARK, SPACE, ZWNJ_FLAG } = chars;

const FOLD: Record<string, string> = { آ: 'ا', أ: 'ا', إ: 'ا', ة: 'ه', ۀ: 'ه', ؤ: 'و', ئ: 'ی', ي: 'ی', ك: 'ک' };
/** FOLD by char code: the code each code unit folds to. */
const FOLD_CODE = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (const [from, to] of Object.entries(FOLD)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  return t;
})();
const WORD = LETTER | MARK | ZWNJ_FLAG;
const SKIP = SPACE | ZWNJ_FLAG;

function foldKeyOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (CHAR_FLAGS[c] & SKIP) continue;
    out += String.fromCharCode(FOLD_CODE[c]);
  }
  return out;
}

const foldKeyMemo = memoize(foldKeyOf);

/**
 * The trie key of a (normalized) string: see the module doc. Most words have no char to fold or drop:
 * they are their own key, found without a cache lookup (which hashes each new string).
 */
export function foldKey(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (FOLD_CODE[c] !== c || (CHAR_FLAGS[c] & SKIP) !== 0) return foldKeyMemo(s);
  }
  return s;
}

/** Is code unit `c` a letter, mark or ZWNJ (a lone surrogate is not)? */
const isWordCode = (c: number) => (CHAR_FLAGS[c] & WORD) !== 0;

/** Does a word start at `pos` (no letter or ZWNJ just before it)? */
export function isWordStart(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && (pos === 0 || !isWordCode(text.charCodeAt(pos - 1))) && isWordCode(text.charCodeAt(pos));
}

/** Does a word end just before `pos` (no letter or ZWNJ at it)? */
export function isWordEnd(text: string, pos: number): boolean {
  return pos >= text.length || !isWordCode(text.charCodeAt(pos));
}

interface Node<V> {
  next: Map<number, Node<V>>;
  values: V[] | null;
}

export interface TrieMatch<V> {
  start: number;
  end: number;
  values: V[];
}

const SPACE_CODE = 0x20;
const ZWNJ_CODE = 0x200c;

/** Nodes with more children than this get a direct table of their children by letter. */
const WIDE = 4;
/**
 * The Persian letters as folded (FOLD maps the other forms onto them), each with a slot: the
 * alphabet of the pair table and of the wide nodes' tables, small enough to stay in cache. Any
 * other code goes the slow way (a set of pairs, a node's edge list).
 */
const LETTERS = 'ءابتثجحخدذرزسشصضطظعغفقلمنهوىپچژکگی';
const SLOTS = LETTERS.length;
const NO_SLOT = 0xff;
const SLOT = (() => {
  const t = new Uint8Array(0x10000).fill(NO_SLOT);
  for (let i = 0; i < LETTERS.length; i++) t[LETTERS.charCodeAt(i)] = i;
  return t;
})();

export class FoldTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: null };
  /** The folded codes that start a key (2 when a one-char key does): most positions fail here. */
  private readonly firstCodes = new Uint8Array(0x10000);
  /**
   * The folded first two codes of the keys, both letters with a slot: a SLOTS×SLOTS table of the pair's
   * number (from 1; 0 for no key), which indexes `thirdBits`.
   */
  private readonly letterPairs = new Uint16Array(SLOTS * SLOTS);
  /**
   * Per letter pair: a bit per third code modulo 32 that may follow it (the first code after one
   * space or ZWNJ, as the match skips one), all bits when the pair is a whole key.
   */
  private thirdBits = new Uint32Array(1);
  private pairCount = 0;
  /** The other first two codes, keyed `first * 0x10000 + second`. */
  private readonly otherPairs = new Set<number>();
  private count = 0;
  /**
   * The nodes flattened for matchAt (built on its first call after an add): node n's children are
   * edges [edgeStart[n], edgeStart[n + 1]); a wide node (the root, short prefixes) also has SLOTS
   * entries from wideStart[n] in wideNode, child or -1 per letter. Typed arrays beat a Map
   * (or a binary search) per step. A child is written `2 * id + 1` when a key ends there, else
   * `2 * id`: the walk reads a node's values only where one does (not the big array at every step).
   */
  private edgeStart = new Int32Array(1);
  private edgeCode = new Uint16Array(0);
  private edgeNode = new Int32Array(0);
  private wideStart = new Int32Array(1);
  private wideNode = new Int32Array(0);
  private nodeValues: (V[] | null)[] = [null];
  private flat = true;

  /**
   * The values of the key the last `longestAt` found (read them before the next call): the grammars
   * ask this trie at every candidate word and mostly want only the end, so no match object is made.
   */
  found: V[] = [];

  get size(): number {
    return this.count;
  }

  /** Add `value` under the key of `key` (several values may share a key). */
  add(key: string, value: V): void {
    const folded = foldKey(key);
    if (!folded) return;
    this.flat = false;
    let node = this.root;
    const c0 = folded.charCodeAt(0);
    if (folded.length === 1) this.firstCodes[c0] = 2;
    else {
      if (this.firstCodes[c0] === 0) this.firstCodes[c0] = 1;
      const c1 = folded.charCodeAt(1);
      if (SLOT[c0] !== NO_SLOT && SLOT[c1] !== NO_SLOT) {
        const k = SLOT[c0] * SLOTS + SLOT[c1];
        if (this.letterPairs[k] === 0) {
          this.letterPairs[k] = ++this.pairCount;
          if (this.thirdBits.length <= this.pairCount) {
            const grown = new Uint32Array(this.thirdBits.length * 2);
            grown.set(this.thirdBits);
            this.thirdBits = grown;
          }
        }
        const pair = this.letterPairs[k];
        this.thirdBits[pair] |= folded.length === 2 ? 0xffffffff : 1 << (folded.charCodeAt(2) & 31);
      } else this.otherPairs.add(c0 * 0x10000 + c1);
    }
    for (let i = 0; i < folded.length; i++) {
      const ch = folded.charCodeAt(i);
      let next = node.next.get(ch);
      if (!next) {
        next = { next: new Map(), values: null };
        node.next.set(ch, next);
      }
      node = next;
    }
    if (!node.values) {
      node.values = [];
      this.count++;
    }
    node.values.push(value);
  }

  /** The values stored under exactly this key, or null. */
  get(key: string): V[] | null {
    let node: Node<V> | undefined = this.root;
    const folded = foldKey(key);
    for (let i = 0; i < folded.length; i++) {
      node = node.next.get(folded.charCodeAt(i));
      if (!node) return null;
    }
    return node.values;
  }

  /**
   * Number the nodes depth first (preorder) and lay their children out as edge arrays and wide tables.
   * Depth first, a run of one-child nodes (most of a long name's path) has its edges side by side: a
   * walk reads them from one or two cache lines, not from a line per char (the gazetteer's arrays are
   * large and mostly out of cache when an article asks).
   */
  private flatten(): void {
    const nodes: Node<V>[] = [];
    const stack: Node<V>[] = [this.root];
    let edges = 0;
    let wide = 0;
    while (stack.length > 0) {
      const node = stack.pop()!;
      nodes.push(node);
      const children = [...node.next.values()];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
      edges += node.next.size;
      if (node.next.size > WIDE) wide++;
    }
    const id = new Map<Node<V>, number>(nodes.map((node, n) => [node, n]));
    this.edgeStart = new Int32Array(nodes.length + 1);
    this.edgeCode = new Uint16Array(edges);
    this.edgeNode = new Int32Array(edges);
    this.wideStart = new Int32Array(nodes.length).fill(-1);
    this.wideNode = new Int32Array(wide * SLOTS).fill(-1);
    this.nodeValues = nodes.map((node) => node.values);
    let e = 0;
    let w = 0;
    for (let n = 0; n < nodes.length; n++) {
      this.edgeStart[n] = e;
      const isWide = nodes[n].next.size > WIDE;
      if (isWide) this.wideStart[n] = (w++) * SLOTS;
      for (const [code, child] of nodes[n].next) {
        this.edgeCode[e] = code;
        const ref = 2 * id.get(child)! + (child.values ? 1 : 0);
        this.edgeNode[e++] = ref;
        if (isWide && SLOT[code] !== NO_SLOT) this.wideNode[this.wideStart[n] + SLOT[code]] = ref;
      }
    }
    this.edgeStart[nodes.length] = e;
    this.flat = true;
  }

  /**
   * The longest key that starts at the word start `pos` of `text` and ends at a word end, or null.
   * `wordStart: false` lets a match start inside a word (after a glued prefix such as `و`).
   */
  matchAt(text: string, pos: number, opts?: { wordStart?: boolean }): TrieMatch<V> | null {
    const end = this.longestAt(text, pos, opts === undefined || opts.wordStart !== false);
    return end < 0 ? null : { start: pos, end, values: this.found };
  }

  /**
   * The end of matchAt's match at `pos`, or -1 (then `found` is left as it was); the key's values are in
   * `found`. `wordStart: false` lets a match start inside a word.
   */
  longestAt(text: string, pos: number, wordStart = true): number {
    // Small enough to inline into callers: most positions fail the prefilter without a call.
    return this.mayStartAt(text, pos) ? this.walk(text, pos, wordStart) : -1;
  }

  /**
   * Can a key start at `pos`? From its first two folded codes (and the third for a pair of letters): most
   * positions fail here.
   */
  private mayStartAt(text: string, pos: number): boolean {
    const c0 = FOLD_CODE[text.charCodeAt(pos)];
    const first = this.firstCodes[c0];
    if (first !== 1) return first === 2; // past the end the code is undefined: no key
    // No one-char key starts here: the next char must be the key's second, maybe after one space or
    // ZWNJ (`و احد` may spell `واحد`: the second char is read past it, as the walk reads it).
    let next = pos + 1;
    let raw1 = text.charCodeAt(next);
    if (raw1 === SPACE_CODE || raw1 === ZWNJ_CODE) raw1 = text.charCodeAt(++next);
    const c1 = FOLD_CODE[raw1];
    if (c1 === undefined) return false;
    const s0 = SLOT[c0];
    const s1 = SLOT[c1];
    if (s0 === NO_SLOT || s1 === NO_SLOT) return this.otherPairs.has(c0 * 0x10000 + c1);
    const pair = this.letterPairs[s0 * SLOTS + s1];
    if (pair === 0) return false;
    // The third code, past one space or ZWNJ; past the text's end (NaN) any key of two.
    let raw2 = text.charCodeAt(next + 1);
    if (raw2 === SPACE_CODE || raw2 === ZWNJ_CODE) raw2 = text.charCodeAt(next + 2);
    const c2 = FOLD_CODE[raw2];
    return c2 === undefined || ((this.thirdBits[pair] >>> (c2 & 31)) & 1) !== 0;
  }

  /**
   * The child of `node` by folded code f, as `2 * id + (a key ends there)`, or -1: from the node's wide
   * table, else from its edges.
   */
  private child(node: number, f: number): number {
    const w = this.wideStart[node];
    const slot = SLOT[f];
    if (w >= 0 && slot !== NO_SLOT) return this.wideNode[w + slot];
    const edgeCode = this.edgeCode;
    for (let e = this.edgeStart[node], end = this.edgeStart[node + 1]; e < end; e++) {
      if (edgeCode[e] === f) return this.edgeNode[e];
    }
    return -1;
  }

  /**
   * Can a match start at a token spelled `word` (a word token's text)? The walk from the token's start
   * reads the word's chars first, as it would read them alone: it fails inside the word in the text
   * exactly when it fails inside the word alone, with the same (null) best match there. So: a key
   * read to the word's end (it may go on past it), or one ending inside the word at a word end. False
   * means `matchAt` at such a token is null: a per-word flag, found once per distinct word.
   */
  mayStartWord(word: string): boolean {
    // The prefilter first, where it reads only the word's chars (four of them at most): most words stop.
    if (word.length >= 4 && !this.mayStartAt(word, 0)) return false;
    if (!this.flat) this.flatten();
    let node = 0;
    let afterSeparator = false;
    const n = word.length;
    for (let i = 0; i < n; i++) {
      const c = word.charCodeAt(i);
      if (c === SPACE_CODE || c === ZWNJ_CODE) {
        if (i === 0 || afterSeparator) return false;
        afterSeparator = true;
        continue;
      }
      const next = this.child(node, FOLD_CODE[c]);
      if (next < 0) return false;
      node = next >> 1;
      afterSeparator = false;
      // A key ending here, where the word's chars stop being word chars: a match inside the token.
      if ((next & 1) !== 0 && i + 1 < n && !isWordCode(word.charCodeAt(i + 1))) return true;
    }
    return true;
  }

  /** longestAt past its prefilter; `wordStart` asks for a word start at `pos`. */
  private walk(text: string, pos: number, wordStart: boolean): number {
    if (wordStart && !isWordStart(text, pos)) return -1;
    if (!this.flat) this.flatten();
    // The tables in locals: `child` inlined by hand, each read once per walk rather than once per char.
    const wideStart = this.wideStart;
    const wideNode = this.wideNode;
    const edgeStart = this.edgeStart;
    const edgeCode = this.edgeCode;
    const edgeNode = this.edgeNode;
    let node = 0;
    let bestEnd = -1;
    let bestNode = -1;
    let afterSeparator = false;
    const n = text.length;
    for (let i = pos; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === SPACE_CODE || c === ZWNJ_CODE) {
        if (i === pos || afterSeparator) break;
        afterSeparator = true;
        i++;
        continue;
      }
      const f = FOLD_CODE[c];
      const w = wideStart[node];
      const slot = SLOT[f];
      let next = -1;
      if (w >= 0 && slot !== NO_SLOT) next = wideNode[w + slot];
      else {
        for (let e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
          if (edgeCode[e] === f) {
            next = edgeNode[e];
            break;
          }
        }
      }
      if (next < 0) break;
      node = next >> 1;
      i++;
      afterSeparator = false;
      if ((next & 1) !== 0 && (i >= n || !isWordCode(text.charCodeAt(i)))) {
        bestEnd = i;
        bestNode = node;
      }
    }
    if (bestNode < 0) return -1;
    this.found = this.nodeValues[bestNode]!;
    return bestEnd;
  }
}
