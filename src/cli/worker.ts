/**
 * A worker thread of the pool: runs the pipeline over the batches of articles the main thread sends
 * it, and posts back the documents (or their JSON lines, whose bytes are transferred, not copied) in
 * the same order.
 *
 * Example: receives `{ seq: 3, inputs: [{ id: '003', text: '…' }, …], shared: {}, mode: 'json' }`,
 * posts `{ seq: 3, out: [{ id: '003', line: <UTF-8 of '{"id":"003",…}\n'>, counts: { money: 2, … }, errors: 0 }, …],
 * bytes: <every line of the batch>, spent: [] }`.
 */
import { parentPort } from 'node:worker_threads';
import { packLines, runBatch } from './batch.js';
import { linesBuffers, type BatchReply, type BatchRequest, type SerializedDoc } from './pool.js';

/** Line buffers the main thread handed back, to be filled again. */
const spareLines: ArrayBuffer[] = [];

parentPort!.on('message', (msg: BatchRequest) => {
  if (spareLines.length < 2) spareLines.push(...msg.spare);
  const spent = linesBuffers(msg.inputs);
  const out = runBatch(msg.inputs, msg.shared, msg.mode);
  const bytes = msg.mode === 'json' ? packLines(out as SerializedDoc[], spareLines) : null;
  const reply: BatchReply = { seq: msg.seq, out, bytes, spent };
  parentPort!.postMessage(reply, bytes ? [bytes.buffer as ArrayBuffer, ...spent] : spent);
});
