/**
 * Streaming writers: documents go out one at a time, in order, so a run over an archive never holds
 * the whole corpus in memory. A sink per format: JSON (a file per article), JSONL (a line per article),
 * CSV (every table, UTF-8 with BOM, header row first).
 *
 * Example: `const sink = openSinks(['json', 'csv'], 'output'); await sink.write(doc); await sink.close();`
 */
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { writeToString } from 'fast-csv';
import type { KhabarDocument } from '../types.js';
import { COLUMNS, documentRows, TABLE_NAMES, type Row, type TableName } from './tables.js';

export type Format = 'json' | 'jsonl' | 'csv';

export interface Sink {
  write(doc: KhabarDocument): Promise<void>;
  close(): Promise<void>;
}

/** RFC 4180 lines of rows, in the table's column order. */
export async function csvLines(name: TableName, rows: Row[], withHeader: boolean): Promise<string> {
  const header = COLUMNS[name];
  const body = rows.map((r) => header.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))));
  const all = withHeader ? [header, ...body] : body;
  if (all.length === 0) return '';
  return writeToString(all, { headers: false, includeEndRowDelimiter: true });
}

/**
 * Write a chunk; wait for 'drain' when the stream's buffer is full (listeners removed either way), so
 * a slow reader (a file, or a pipe after `-o -`) holds back the run instead of queueing its output.
 * `written` is called once the chunk has gone out (not just queued), when its memory may be reused.
 */
export function put(stream: Writable, chunk: string | Uint8Array, written?: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk, written && ((e) => e || written()))) return resolve();
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    stream.once('drain', onDrain).once('error', onError);
  });
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => {
      stream.off('error', reject);
      resolve();
    });
  });
}

class JsonSink implements Sink {
  constructor(private dir: string) {}
  async write(doc: KhabarDocument): Promise<void> {
    writeFileSync(join(this.dir, `${doc.id}.json`), JSON.stringify(doc, null, 2) + '\n');
  }
  async close(): Promise<void> {}
}

/** `<dir>/documents.jsonl` as a stream of text (lines already serialized, e.g. by the workers). */
export function openJsonlFile(dir: string): { write(chunk: string | Uint8Array, written?: () => void): Promise<void>; close(): Promise<void> } {
  mkdirSync(dir, { recursive: true });
  const stream = createWriteStream(join(dir, 'documents.jsonl'));
  return { write: (chunk, written) => put(stream, chunk, written), close: () => end(stream) };
}

class JsonlSink implements Sink {
  private file: ReturnType<typeof openJsonlFile>;
  constructor(dir: string) {
    this.file = openJsonlFile(dir);
  }
  write(doc: KhabarDocument): Promise<void> {
    return this.file.write(JSON.stringify(doc) + '\n');
  }
  close(): Promise<void> {
    return this.file.close();
  }
}

class CsvSink implements Sink {
  private streams = new Map<TableName, WriteStream>();
  private ready: Promise<void>;
  constructor(dir: string) {
    for (const name of TABLE_NAMES) this.streams.set(name, createWriteStream(join(dir, `${name}.csv`)));
    this.ready = Promise.all(TABLE_NAMES.map(async (name) => put(this.streams.get(name)!, '\ufeff' + (await csvLines(name, [], true))))).then(() => undefined);
  }
  async write(doc: KhabarDocument): Promise<void> {
    await this.ready;
    const rows = documentRows(doc);
    for (const name of TABLE_NAMES) {
      const lines = await csvLines(name, rows[name], false);
      if (lines) await put(this.streams.get(name)!, lines);
    }
  }
  async close(): Promise<void> {
    await this.ready;
    await Promise.all([...this.streams.values()].map(end));
  }
}

/** One sink writing every requested format into `dir`. */
export function openSinks(formats: Format[], dir: string): Sink {
  mkdirSync(dir, { recursive: true });
  const sinks: Sink[] = formats.map((f) => (f === 'json' ? new JsonSink(dir) : f === 'jsonl' ? new JsonlSink(dir) : new CsvSink(dir)));
  return {
    async write(doc) {
      for (const s of sinks) await s.write(doc);
    },
    async close() {
      for (const s of sinks) await s.close();
    },
  };
}
