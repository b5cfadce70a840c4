/**
 * A character trie over folded keys (no spaces or ZWNJ, آ/أ/إ → ا, ة/ۀ → ه, ؤ → و, ئ → ی), matched against
 * normalized text from a word start: one space or ZWNJ of the text may stand anywhere inside a key, so
 * one key matches the glued, spaced and ZWNJ spellings alike; the longest key ending at a word end wins.
 *
 * Example: with the key `عجب شیر`, `matchAt('درمانگاههای هشترود ، عجبشیر و ملکان', 21)` →
 * `{ end: 27, values: [...] }`, and `عجب شیر` / `عجب‌شیر` match the same key.
 */

const FOLD: Record<string, string> = { آ: 'ا', أ: 'ا', إ: 'ا', ة: 'ه', ۀ: 'ه', ؤ: 'و', ئ: 'ی', ي: 'ی', ك: 'ک' };
const SEPARATOR = /[\s\u200c]/;
const WORD_CHAR = /[\p{L}\p{M}\u200c]/u;

/** The trie key of a (normalized) string: see the module doc. */
export function foldKey(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SEPARATOR.test(ch)) continue;
    out += FOLD[ch] ?? ch;
  }
  return out;
}

/** Does a word start at `pos` (no letter or ZWNJ just before it)? */
export function isWordStart(text: string, pos: number): boolean {
  return pos >= 0 && pos < text.length && (pos === 0 || !WORD_CHAR.test(text[pos - 1])) && WORD_CHAR.test(text[pos]);
}

/** Does a word end just before `pos` (no letter or ZWNJ at it)? */
export function isWordEnd(text: string, pos: number): boolean {
  return pos >= text.length || !WORD_CHAR.test(text[pos]);
}

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[] | null;
}

export interface TrieMatch<V> {
  start: number;
  end: number;
  values: V[];
}

export class FoldTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: null };
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Add `value` under the key of `key` (several values may share a key). */
  add(key: string, value: V): void {
    const folded = foldKey(key);
    if (!folded) return;
    let node = this.root;
    for (const ch of folded) {
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
    for (const ch of foldKey(key)) {
      node = node.next.get(ch);
      if (!node) return null;
    }
    return node.values;
  }

  /**
   * The longest key that starts at the word start `pos` of `text` and ends at a word end, or null.
   * `wordStart: false` lets a match start inside a word (after a glued prefix such as `و`).
   */
  matchAt(text: string, pos: number, opts: { wordStart?: boolean } = {}): TrieMatch<V> | null {
    if (opts.wordStart !== false && !isWordStart(text, pos)) return null;
    let node = this.root;
    let best: TrieMatch<V> | null = null;
    let afterSeparator = false;
    for (let i = pos; i < text.length; ) {
      const ch = text[i];
      if (ch === ' ' || ch === '\u200c') {
        if (i === pos || afterSeparator) break;
        afterSeparator = true;
        i++;
        continue;
      }
      const next = node.next.get(FOLD[ch] ?? ch);
      if (!next) break;
      node = next;
      i++;
      afterSeparator = false;
      if (node.values && isWordEnd(text, i)) best = { start: pos, end: i, values: node.values };
    }
    return best;
  }
}
