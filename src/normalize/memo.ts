/**
 * A bounded cache for a pure function of one string: news copy repeats its words, so lexicon keys,
 * folds and number parses are computed once per distinct string. When full the cache starts over, so
 * memory stays flat on an archive of any size. Callers must not mutate a cached result.
 *
 * Example: `const key = memoize((w) => fold(w)); key('مدیر کل')` → `'مدیرکل'`, the second call a Map hit.
 */
export function memoize<T>(f: (s: string) => T, max = 1 << 13): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    const value = f(s);
    if (cache.size >= max) cache = new Map();
    cache.set(s, value);
    return value;
  };
}

/**
 * A direct-mapped cache for a pure function of one short string: one slot per hash of the chars, the
 * string kept to tell a hit. Cheaper than `memoize` for words looked up once per occurrence (no V8
 * string hash, no Map chain); two words that share a slot take turns (the value is recomputed).
 *
 * Example: `const info = directMemo(readWord); info('مدیرکل')` → `readWord('مدیرکل')`, again a slot hit.
 */
export function directMemo<T>(f: (s: string) => T, bits = 14): (s: string) => T {
  const mask = (1 << bits) - 1;
  const keys: (string | null)[] = new Array<string | null>(mask + 1).fill(null);
  const values: (T | null)[] = new Array<T | null>(mask + 1).fill(null);
  return (s: string): T => {
    let h = s.length;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    const slot = (h ^ (h >>> 15)) & mask;
    if (keys[slot] === s) return values[slot] as T;
    const value = f(s);
    keys[slot] = s;
    values[slot] = value;
    return value;
  };
}
