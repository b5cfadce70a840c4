/**
 * Runs the pipeline over a stream of articles on N worker threads and gives the documents back in
 * input order, with a bounded number in flight (memory stays flat on an archive of any size).
 * With one job it runs in this thread (unless `threads` asks for a worker). Articles travel in batches (one message per batch, not per
 * article), and `runPoolSerialized` has the workers serialize too: the main thread then only reads
 * input and writes lines, so it never becomes the bottleneck of the workers.
 *
 * Example: `for await (const doc of runPool(iterateArticles(['news/']), { jobs: 2 })) sink.write(doc)`;
 * `for await (const out of runPoolSerialized(iterateWork(['news.jsonl']), { jobs: 2, ids: new IdAllocator() }))
 * stream.write(out.line)` — `out.counts.money` is the document's number of sums. JSONL lines from
 * `iterateWork` travel as bytes and are decoded and parsed on the workers.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BufferPool } from '../buffers.js';
import { BATCH_BYTES, BATCH_LINES, batchBuffers, type ArticleInput, type IdAllocator, type RawLines } from '../input/index.js';
import type { ExtractOptions } from '../pipeline/index.js';
import type { EntityKind, KhabarDocument } from '../types.js';

export interface PoolOptions {
  jobs: number;
  shared?: ExtractOptions;
  /** Run on worker threads even with one job (the main thread then only reads and writes). */
  threads?: boolean;
  /**
   * Makes the documents' ids unique in output order (for the work of `iterateWork`, whose ids are as
   * asked for); without it the ids are the inputs' own.
   */
  ids?: IdAllocator;
}

/** A document as a JSON line (`JSON.stringify(doc) + '\n'` in UTF-8), with what a run summary counts of it. */
export interface SerializedDoc {
  id: string;
  line: Uint8Array;
  counts: Record<EntityKind, number>;
  errors: number;
}

/** What a worker is asked to return: documents (structured clone) or their JSON. */
export type Mode = 'doc' | 'json';

export interface BatchRequest {
  seq: number;
  /** The worker sets each to null once it has run. */
  inputs: (ArticleInput | RawLines | null)[];
  shared: ExtractOptions;
  mode: Mode;
  /** Line buffers written and handed back, for the worker to fill again (see `packLines`). */
  spare: ArrayBuffer[];
}

export interface BatchReply {
  seq: number;
  out: (KhabarDocument | SerializedDoc)[];
  /** In JSON mode, every line of the batch in one buffer (the documents' `line`s are views of it). */
  bytes: Uint8Array | null;
  /** The buffers of the batch's `RawLines`, handed back to be filled again. */
  spent: ArrayBuffer[];
}

/** The buffers a batch's `RawLines` hold (moved to the worker with the message, not copied). */
export const linesBuffers = (inputs: readonly (ArticleInput | RawLines | null)[]): ArrayBuffer[] =>
  inputs.flatMap((i) => (i !== null && 'kind' in i ? [i.bytes.buffer as ArrayBuffer] : []));

/**
 * A batch of JSON lines: `bytes` holds every line in order (each `docs[i].line` a view of it). Call
 * `release` once `bytes` is written (not just queued): its buffer then goes back to a worker to be filled
 * again.
 */
export interface SerializedBatch {
  docs: SerializedDoc[];
  bytes: Uint8Array;
  release(): void;
}

/** The size of the buffers a batch's JSON lines go in (a larger batch gets a buffer of its own). */
export const LINES_BUFFER_BYTES = 1 << 20;

/** Batches in flight per worker: enough to keep it busy while the main thread reads and writes. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * A worker's young generation (MB). Large enough that an article's objects die before a second
 * scavenge finds them alive (they would move to the old generation, which then grows), small enough for
 * RSS: with 4 MB the old generation grew faster and the peak RSS was higher; 32 MB measured fastest
 * of 16, 32 and 48 at about the same peak RSS.
 */
const YOUNG_GENERATION_MB = 32;

function startWorker(): Worker {
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  // Under tsx or vitest this module is .ts and so is its worker, which then needs tsx's loader.
  if (import.meta.url.endsWith('.ts')) {
    const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs'));
    const entry = new URL('./worker.ts', import.meta.url);
    const boot = `import { register } from ${JSON.stringify(api.href)}; register(); await import(${JSON.stringify(entry.href)});`;
    return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits });
  }
  return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits });
}

/** Consecutive articles cut into batches as `RawLines` are (a `RawLines` is a batch of its own). */
function* batches(inputs: Iterable<ArticleInput | RawLines>): Generator<(ArticleInput | RawLines)[]> {
  let batch: (ArticleInput | RawLines)[] = [];
  let chars = 0;
  for (const input of inputs) {
    if ('kind' in input) {
      if (batch.length) yield batch;
      yield [input];
      batch = [];
      chars = 0;
      continue;
    }
    batch.push(input);
    chars += input.text?.length ?? 0;
    if (batch.length >= BATCH_LINES || chars >= BATCH_BYTES) { // as many as a batch of lines holds
      yield batch;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) yield batch;
}

/**
 * The output with its id taken from `ids` (see `PoolOptions.ids`). A JSON line whose id changes is
 * written again from its head: the document's JSON starts with its id.
 */
function withUniqueId<T extends KhabarDocument | SerializedDoc>(out: T, ids: IdAllocator | undefined): T {
  if (!ids) return out;
  const id = ids.take(out.id);
  if (id === out.id) return out;
  if ('line' in out) {
    const head = Buffer.from(`{"id":${JSON.stringify(out.id)}`);
    if (!Buffer.from(out.line.buffer, out.line.byteOffset, head.length).equals(head)) throw new Error(`khabar: a JSON line does not start with its id '${out.id}'`);
    const line = Buffer.concat([Buffer.from(`{"id":${JSON.stringify(id)}`), out.line.subarray(head.length)]);
    return { ...out, id, line };
  }
  return { ...out, id };
}

/** The outputs of one batch, in order, and in JSON mode their lines in one buffer. */
interface Done {
  out: (KhabarDocument | SerializedDoc)[];
  bytes: Uint8Array | null;
}

/**
 * `lineBuffers`: in JSON mode, the line buffers written and handed back by `SerializedBatch.release`,
 * passed on with the next requests.
 */
async function* pooled(inputs: Iterable<ArticleInput | RawLines>, options: PoolOptions, mode: Mode, lineBuffers: BufferPool): AsyncGenerator<Done> {
  const shared = options.shared ?? {};
  const unique = (out: Done['out']) => out.map((o) => withUniqueId(o, options.ids));
  if (options.jobs <= 1 && !options.threads) {
    const { packLines, runBatch } = await import('./batch.js'); // the pipeline loads here only when it runs here
    for (const input of inputs) {
      const spent = linesBuffers([input]);
      const out = runBatch([input], shared, mode);
      spent.forEach((b) => batchBuffers.give(b));
      const bytes = mode === 'json' ? packLines(out as SerializedDoc[], lineBuffers) : null;
      yield { out: unique(out), bytes };
    }
    return;
  }
  const workers = Array.from({ length: Math.max(1, options.jobs) }, startWorker);
  const window = options.jobs * IN_FLIGHT_PER_WORKER;
  const done = new Map<number, Done>();
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  for (const w of workers) {
    w.on('message', (m: BatchReply) => {
      m.spent.forEach((b) => batchBuffers.give(b));
      done.set(m.seq, { out: m.out, bytes: m.bytes });
      wake?.();
    });
    w.on('error', (e) => {
      failure = e;
      wake?.();
    });
  }
  // Batches go to the worker with the fewest in flight, so a slow batch does not hold up the others.
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const owner = new Map<number, Worker>();
  const iterator = batches(inputs);
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
        const w = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
        load.set(w, load.get(w)! + 1);
        owner.set(sent, w);
        const given = lineBuffers.takeSpare(1); // a batch fills one: more would pile up in one worker
        w.postMessage({ seq: sent, inputs: step.value, shared, mode, spare: given } satisfies BatchRequest, [...linesBuffers(step.value), ...given]);
        // The message holds a copy now. The batch generator keeps this array until it is asked for the
        // next, across the waits below: emptied, it does not keep the articles' text alive in the main
        // thread's young generation, which would otherwise grow to its maximum over a long run.
        step.value.length = 0;
        sent++;
      }
      if (exhausted && next === sent) return;
      while (!done.has(next)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      const batch = done.get(next)!;
      done.delete(next);
      const w = owner.get(next)!;
      owner.delete(next);
      load.set(w, load.get(w)! - 1);
      next++;
      yield { out: unique(batch.out), bytes: batch.bytes };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Documents are not packed into line buffers: none go round. */
const NO_LINES = new BufferPool(0, 0);

/** The documents of `inputs`, in input order. */
export async function* runPool(inputs: Iterable<ArticleInput | RawLines>, options: PoolOptions): AsyncGenerator<KhabarDocument> {
  for await (const batch of pooled(inputs, options, 'doc', NO_LINES)) yield* batch.out as KhabarDocument[];
}

/**
 * The documents of `inputs` as JSON lines in UTF-8 (serialized where they are extracted), a batch at a
 * time, in input order: for output that only writes JSON (a JSONL sink, the benchmark).
 */
export async function* runPoolSerialized(inputs: Iterable<ArticleInput | RawLines>, options: PoolOptions): AsyncGenerator<SerializedBatch> {
  const lineBuffers = new BufferPool(LINES_BUFFER_BYTES, 8);
  for await (const batch of pooled(inputs, options, 'json', lineBuffers)) {
    const docs = batch.out as SerializedDoc[];
    const packed = batch.bytes!;
    // A line whose id changed is a new buffer: the batch is then written from a copy (and its buffer,
    // which the other lines still view, is left to the garbage collector).
    const rewritten = docs.some((d) => d.line.buffer !== packed.buffer);
    const bytes = rewritten ? Buffer.concat(docs.map((d) => d.line)) : packed;
    const release = () => {
      if (!rewritten) lineBuffers.give(packed.buffer as ArrayBuffer);
    };
    yield { docs, bytes, release };
  }
}
