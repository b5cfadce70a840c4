import { describe, expect, it } from 'vitest';
import { BufferPool } from './buffers.js';

describe('BufferPool', () => {
  it('gives back what it was given, of its size only, up to what it keeps', () => {
    const pool = new BufferPool(16, 2);
    const [a, b, c] = [pool.take(), pool.take(), pool.take()];
    expect([a, b, c].map((x) => x.byteLength)).toEqual([16, 16, 16]);
    pool.give(new ArrayBuffer(8)); // not its size: not kept
    pool.give(a);
    pool.give(b);
    pool.give(c); // past what it keeps
    expect(pool.take()).toBe(b);
    expect(pool.takeSpare(3)).toEqual([a]);
    expect(pool.takeSpare(3)).toEqual([]);
    expect(pool.take()).not.toBe(c); // a new one: c was never kept
  });
});
