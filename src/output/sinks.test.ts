import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { put } from './sinks.js';

describe('put', () => {
  it('waits for a slow stream to drain before the next line (output is not queued without bound)', async () => {
    const written: string[] = [];
    let release: (() => void) | null = null;
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk: Buffer, _enc, done) {
        written.push(chunk.toString());
        release = done; // finishes only when the test says so
      },
    });
    let settled = false;
    const first = put(slow, '{"id":"الف"}\n').then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false); // over the high-water mark: waits
    release!();
    await first;
    expect(settled).toBe(true);
    expect(written).toEqual(['{"id":"الف"}\n']);
  });

  it('resolves at once while the buffer has room', async () => {
    const sink = new Writable({ highWaterMark: 1 << 20, write: (_c, _e, done) => done() });
    await expect(put(sink, 'خبر\n')).resolves.toBeUndefined();
  });
});
