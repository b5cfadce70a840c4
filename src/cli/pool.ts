/**
 * Runs the pipeline over a stream of articles on N worker threads and gives the documents back in
 * input order, with a bounded number in flight (memory stays flat on an archive of any size).
 * With one job it runs in this thread.
 *
 * Example: `for await (const doc of runPool(iterateArticles(['news/']), { jobs: 2 })) sink.write(doc)`.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { processArticle, type ArticleInput } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';
import type { KhabarDocument } from '../types.js';

export interface PoolOptions {
  jobs: number;
  shared?: ExtractOptions;
}

function startWorker(): Worker {
  // Under tsx or vitest this module is .ts and so is its worker, which then needs tsx's loader.
  if (import.meta.url.endsWith('.ts')) {
    const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs'));
    const entry = new URL('./worker.ts', import.meta.url);
    const boot = `import { register } from ${JSON.stringify(api.href)}; register(); await import(${JSON.stringify(entry.href)});`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
  }
  return new Worker(new URL('./worker.js', import.meta.url));
}

export async function* runPool(inputs: Iterable<ArticleInput>, options: PoolOptions): AsyncGenerator<KhabarDocument> {
  const shared = options.shared ?? {};
  if (options.jobs <= 1) {
    for (const input of inputs) yield processArticle(input, shared);
    return;
  }
  const workers = Array.from({ length: options.jobs }, startWorker);
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
