import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, normOffset } from '../../normalize/index.js';
import { OffsetFinder } from './offsets.js';

describe('OffsetFinder', () => {
  it('finds what normOffset finds, in any order of asking', () => {
    const raws = ['می شود ۲٫۵ ميليارد   تومان،  ﻻ  و ي ك', ...readdirSync('fixtures/articles').sort().slice(0, 2).map((f) => readFileSync(`fixtures/articles/${f}`, 'utf8'))];
    for (const raw of raws) {
      const norm = normalize(raw);
      const finder = new OffsetFinder(norm);
      // Forwards, backwards and jumping about (a fixed stride through the text), past both ends too.
      const order: number[] = [];
      for (let r = 0; r <= raw.length + 1; r++) order.push(r);
      for (let r = raw.length + 1; r >= 0; r--) order.push(r);
      for (let k = 0, r = 0; k <= raw.length; k++, r = (r + 7919) % (raw.length + 2)) order.push(r);
      for (const r of order) expect(finder.find(r)).toBe(normOffset(norm, r));
    }
  });
});
