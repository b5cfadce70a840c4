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
