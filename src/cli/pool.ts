/**
 * Runs the pipeline over a stream of articles on N worker threads and gives the documents back in
 * input order, with a bounded number in flight (memory stays flat on an archive of any size).
 * With one job it runs in this thread.
 *
 * Example: `for await (const doc of runPool(iterateArticles(['news/']), { jobs: 2 })) sink.write(doc)`.
 */
import { Worker } from 'node:worker_threads';
import { processArticle, type ArticleInput } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';
import type { KhabarDocument } from '../types.js';

export interface PoolOptions {
  jobs: number;
  shared?: ExtractOptions;
}

function workerUrl(): URL {
  // Under tsx (tests, scripts) this module is .ts and so is its worker; built, both are .js.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./worker${ext}`, import.meta.url);
}

export async function* runPool(inputs: Iterable<ArticleInput>, options: PoolOptions): AsyncGenerator<KhabarDocument> {
  const shared = options.shared ?? {};
  if (options.jobs <= 1) {
    for (const input of inputs) yield processArticle(input, shared);
    return;
  }
  const workers = Array.from({ length: options.jobs }, () => new Worker(workerUrl()));
  const window = options.jobs * 4;
  const done = new Map<number, KhabarDocument>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (m: { seq: number; doc: KhabarDocument }) => {
      done.set(m.seq, m.doc);
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  const iterator = inputs[Symbol.iterator]();
  const pending = new Map<number, ArticleInput>();
  let sent = 0;
  let next = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && sent - next < window) {
        const step = iterator.next();
        if (step.done) {
          exhausted = true;
          break;
        }
        pending.set(sent, step.value);
        workers[sent % workers.length].postMessage({ seq: sent, input: step.value, shared });
        sent++;
      }
      if (exhausted && next === sent) return;
      while (!done.has(next)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const doc = done.get(next)!;
      done.delete(next);
      pending.delete(next);
      next++;
      yield doc;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
