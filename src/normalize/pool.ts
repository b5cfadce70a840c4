/**
 * Typed arrays of a text carved from shared chunks, a new chunk when one is used up (as Node pools small
 * Buffers): an ArrayBuffer per text, zero-filled or not, cost more than the pass that fills it. A chunk
 * lives as long as a view of it; the views are not zero-filled: their owner writes every element.
 *
 * Example: `takeUnits(3102)` → a Uint16Array of 3102 units at an 8-aligned offset of the current chunk.
 */

const CHUNK_BYTES = 1 << 16;
let chunk = new ArrayBuffer(0);
let used = 0;

/** The offset of `bytes` bytes of the current chunk, 8-aligned. */
function take(bytes: number): number {
  const size = (bytes + 7) & ~7;
  if (used + size > chunk.byteLength) {
    chunk = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, size)).buffer;
    used = 0;
  }
  const at = used;
  used += size;
  return at;
}

/** `n` UTF-16 code units, not zero-filled. */
export function takeUnits(n: number): Uint16Array {
  const at = take(2 * n);
  return new Uint16Array(chunk, at, n);
}

/** `n` 32-bit ints, not zero-filled. */
export function takeInts(n: number): Int32Array {
  const at = take(4 * n);
  return new Int32Array(chunk, at, n);
}
