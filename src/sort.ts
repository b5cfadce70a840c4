/**
 * A stable in-place sort by a number key, for the short lists of mentions the stages make: they come
 * nearly in order (in text order, a few added after), and an insertion sort moves those few, where
 * `Array.prototype.sort` with a comparator costs a copy and many calls. Equal keys keep their order,
 * so the result is the same as `xs.sort((a, b) => key(a) - key(b))`.
 *
 * Example: `sortStableBy([{ start: 9, t: 'تومان' }, { start: 2, t: 'درصد' }, { start: 9, t: 'ریال' }], (m) => m.start)`
 * → `[{ start: 2, t: 'درصد' }, { start: 9, t: 'تومان' }, { start: 9, t: 'ریال' }]`.
 */
export function sortStableBy<T>(xs: T[], key: (x: T) => number): T[] {
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i];
    const k = key(x);
    let j = i;
    while (j > 0 && key(xs[j - 1]) > k) {
      xs[j] = xs[j - 1];
      j--;
    }
    xs[j] = x;
  }
  return xs;
}

/** The key of a span: its start. */
export const startOf = (x: { start: number }): number => x.start;
