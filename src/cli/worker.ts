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
import { BufferPool } from '../buffers.js';
import { packLines, runBatch } from './batch.js';
import { LINES_BUFFER_BYTES, linesBuffers, type BatchReply, type BatchRequest, type SerializedDoc } from './pool.js';

/** Line buffers the main thread handed back, to be filled again. */
const lineBuffers = new BufferPool(LINES_BUFFER_BYTES, 2);

parentPort!.on('message', (msg: BatchRequest) => {
  msg.spare.forEach((b) => lineBuffers.give(b));
  const spent = linesBuffers(msg.inputs);
  const out = runBatch(msg.inputs, msg.shared, msg.mode);
  const bytes = msg.mode === 'json' ? packLines(out as SerializedDoc[], lineBuffers) : null;
  const reply: BatchReply = { seq: msg.seq, out, bytes, spent };
  parentPort!.postMessage(reply, bytes ? [bytes.buffer as ArrayBuffer, ...spent] : spent);
});
