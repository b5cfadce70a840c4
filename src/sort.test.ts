import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortStableBy, startOf } from './sort.js';

describe('sortStableBy', () => {
  it('orders by key and keeps the order of equal keys', () => {
    const xs = [
      { start: 9, t: 'تومان' },
      { start: 2, t: 'درصد' },
      { start: 9, t: 'ریال' },
    ];
    expect(sortStableBy(xs, startOf).map((x) => x.t)).toEqual(['درصد', 'تومان', 'ریال']);
  });

  it('gives what Array.prototype.sort gives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat())), (pairs) => {
        const items = pairs.map(([start, id]) => ({ start, id }));
        expect(sortStableBy([...items], startOf)).toEqual([...items].sort((a, b) => a.start - b.start));
      }),
    );
  });
});
