/**
 * Buffers of one size that go round instead of being made anew: a batch's bytes are filled on one thread,
 * moved to another and handed back to be filled again, so that a long run allocates nothing after its
 * first batches and leaves no trail of dead buffers for a garbage collector to find (they count in RSS).
 *
 * Example: `const pool = new BufferPool(1 << 18, 16); const b = pool.take(); … pool.give(b)` → the next
 * `pool.take()` is `b` again; `pool.give(new ArrayBuffer(10))` keeps nothing (not the pool's size).
 */
export class BufferPool {
  private readonly spare: ArrayBuffer[] = [];

  /** Buffers of `size` bytes; at most `keep` of them wait to be taken again. */
  constructor(
    readonly size: number,
    private readonly keep: number,
  ) {}

  /** A buffer of `size` bytes: a spare one, else a new one (not zeroed: only what is written is read). */
  take(): ArrayBuffer {
    return this.spare.pop() ?? Buffer.allocUnsafeSlow(this.size).buffer;
  }

  /** The spare buffers, up to `n`, taken out (to hand to another thread); none are made. */
  takeSpare(n: number): ArrayBuffer[] {
    return this.spare.splice(Math.max(0, this.spare.length - n), n);
  }

  /** Keep `buffer` for a later `take` (one of another size, or past `keep`, is left to the collector). */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.size && this.spare.length < this.keep) this.spare.push(buffer);
  }
}
