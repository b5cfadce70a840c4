/**
 * A worker thread of the pool: runs the pipeline over the articles the main thread sends it.
 *
 * Example: receives `{ seq: 3, input: { id: '003', text: '…' }, shared: {} }`, posts `{ seq: 3, doc }`.
 */
import { parentPort } from 'node:worker_threads';
import { processArticle, type ArticleInput } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';

parentPort!.on('message', (msg: { seq: number; input: ArticleInput; shared: ExtractOptions }) => {
  parentPort!.postMessage({ seq: msg.seq, doc: processArticle(msg.input, msg.shared) });
});
