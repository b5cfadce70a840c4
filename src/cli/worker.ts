/**
 * A worker thread of the pool: runs the pipeline over the batches of articles the main thread sends
 * it, and posts back the documents (or their JSON lines, whose bytes are transferred, not copied) in
 * the same order.
 *
 * Example: receives `{ seq: 3, inputs: [{ id: '003', text: '…' }, …], shared: {}, mode: 'json' }`,
 * posts `{ seq: 3, out: [{ id: '003', line: <UTF-8 of '{"id":"003",…}\n'>, counts: { money: 2, … }, errors: 0 }, …] }`.
 */
import { parentPort } from 'node:worker_threads';
import { runBatch } from './batch.js';
import { linesBuffers, type BatchReply, type BatchRequest, type SerializedDoc } from './pool.js';

parentPort!.on('message', (msg: BatchRequest) => {
  const spent = linesBuffers(msg.inputs);
  const reply: BatchReply = { seq: msg.seq, out: runBatch(msg.inputs, msg.shared, msg.mode), spent };
  const lines = msg.mode === 'json' ? reply.out.map((o) => (o as SerializedDoc).line.buffer as ArrayBuffer) : [];
  parentPort!.postMessage(reply, [...lines, ...spent]);
});
