import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/index.js';
import { BufferPool } from '../buffers.js';
import { packLines, runBatch, serialize } from './batch.js';

describe('serialize', () => {
  it('gives the UTF-8 of the JSON line, byte for byte, for Persian, astral and lone-surrogate text', () => {
    for (const text of ['یاسوج - ایرنا - مدیر درمان گفت: ۵۰ میلیارد تومان هزینه شد.', 'خبر 😀 امروز', 'متن \ud800 شکسته', '']) {
      const doc = extract(text, { id: 'a' });
      const out = serialize(doc);
      expect(Buffer.from(out.line).equals(Buffer.from(JSON.stringify(doc) + '\n', 'utf8'))).toBe(true);
      // Its own buffer: nothing else is kept alive by it until it is packed.
      expect(out.line.byteOffset).toBe(0);
      expect(out.line.buffer.byteLength).toBe(out.line.length);
    }
  });

  it('counts what a run summary reports', () => {
    const out = serialize(extract('امسال ۵۰ درصد بودجه مصرف شد.', { id: 'b' }));
    expect(out.id).toBe('b');
    expect(out.counts.percentages).toBe(1);
    expect(out.errors).toBe(0);
  });
});

describe('runBatch', () => {
  it('runs each input once, in order, and lets go of it', () => {
    const inputs = [
      { id: 'x', source: 'x.txt', text: 'امسال ۵۰ درصد', options: {}, errors: [] },
      { id: 'y', source: 'y.txt', text: null, options: {}, errors: [{ code: 'binary', message: 'binary' }] },
    ];
    const out = runBatch(inputs, {}, 'doc');
    expect(out.map((d) => d.id)).toEqual(['x', 'y']);
    expect(inputs).toEqual([null, null]);
  });
});

describe('packLines', () => {
  const docs = () => ['امسال ۵۰ درصد بودجه مصرف شد.', 'مدیر درمان گفت: ۵۰ میلیارد تومان هزینه شد.'].map((t, k) => serialize(extract(t, { id: `d${k}` })));

  it.each([
    ['no spare buffer: a new one of the pool', 1 << 16, false, false],
    ['a spare one: filled again', 1 << 16, true, true],
    ['lines larger than the pool\'s buffers: one of their own, the spare kept', 64, true, false],
  ] as const)('%s', (_name, size, withSpare, reused) => {
    const pool = new BufferPool(size, 4);
    const spare = new ArrayBuffer(size);
    if (withSpare) pool.give(spare);
    const batch = docs();
    const lines = batch.map((d) => Buffer.from(d.line));
    const bytes = packLines(batch, pool);
    expect(Buffer.from(bytes).equals(Buffer.concat(lines))).toBe(true);
    expect(bytes.buffer === spare).toBe(reused);
    expect(bytes.buffer.byteLength).toBe(size >= bytes.length ? size : bytes.length);
    expect(pool.takeSpare(4).length).toBe(withSpare && !reused ? 1 : 0);
    // Each document's line is now a view of the one buffer, with the same bytes.
    batch.forEach((d, k) => {
      expect(d.line.buffer).toBe(bytes.buffer);
      expect(Buffer.from(d.line).equals(lines[k])).toBe(true);
    });
  });
});
