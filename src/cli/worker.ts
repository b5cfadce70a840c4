/**
 * A worker thread of the pool: runs the pipeline over the batches of articles the main thread sends
 * it, and posts back the documents (or their JSON) in the same order.
 *
 * Example: receives `{ seq: 3, inputs: [{ id: '003', text: '…' }, …], shared: {}, mode: 'json' }`,
 * posts `{ seq: 3, out: [{ id: '003', json: '{"id":"003",…}', counts: { money: 2, … }, errors: 0 }, …] }`.
 */
import { parentPort } from 'node:worker_threads';
import { runBatch } from './batch.js';
import type { BatchReply, BatchRequest } from './pool.js';

parentPort!.on('message', (msg: BatchRequest) => {
  const reply: BatchReply = { seq: msg.seq, out: runBatch(msg.inputs, msg.shared, msg.mode) };
  parentPort!.postMessage(reply);
});
