/**
 * Input: paths to articles. Folders are walked recursively in sorted order; `.txt` is one article,
 * `.html`/`.htm` a saved page, `.jsonl` one article a line (streamed); `-` is standard input. Every input
 * yields a document, a broken one included: problems become `errors`, never a silent drop.
 *
 * Example: `[...iterateArticles(['fixtures/articles'])]` → the five seeds, ids `000_5d8f827e6dda5d0c` …
 * (Reading only: running the pipeline is `process.ts`, so a pool's main thread loads no lexicon.)
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ExtractOptions } from '../pipeline/index.js';
import type { ArticleError } from '../types.js';
import { BufferPool } from '../buffers.js';
import { decodeBytes, lossyUtf8, strictUtf8 } from './decode.js';
import { htmlToArticle } from './html.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.html', '.htm']);
/** The most text one article may hold; a larger one becomes an error document. */
export const DEFAULT_MAX_ARTICLE_BYTES = 8 * 1024 * 1024;

/** One article to run: its text (or null with the errors that stop it) and its options. */
export interface ArticleInput {
  id: string;
  source: string;
  text: string | null;
  options: ExtractOptions;
  errors: ArticleError[];
}

export interface ReadOptions {
  maxArticleBytes?: number;
}

/** The article files under `paths`, in a stable order; problems with the paths themselves as errors. */
export function listFiles(paths: string[]): { files: string[]; problems: { path: string; error: ArticleError }[] } {
  const files: string[] = [];
  const problems: { path: string; error: ArticleError }[] = [];
  const seen = new Set<string>();
  const walk = (path: string, top: boolean) => {
    try {
      const stat = statSync(path);
      if (!stat.isDirectory()) {
        if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
        return;
      }
      const real = realpathSync(path);
      if (seen.has(real)) {
        problems.push({ path, error: { code: 'loop', message: 'folder already visited (a symlink loop or a second link to it)' } });
        return;
      }
      seen.add(real);
      for (const entry of readdirSync(path).sort()) walk(join(path, entry), false);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const code = err.code === 'ELOOP' ? 'loop' : 'read';
      problems.push({ path, error: { code, message: err.message } });
    }
  };
  for (const p of paths) walk(p, true);
  return { files, problems };
}

/** Gives each id once: a later duplicate gets `-2`, `-3` … */
export class IdAllocator {
  private used = new Set<string>();
  take(wanted: string): string {
    const base = wanted || 'article';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

function broken(id: string, source: string, code: string, message: string): ArticleInput {
  return { id, source, text: null, options: {}, errors: [{ code, message }] };
}

const stem = (path: string) => basename(path, extname(path));

/**
 * Lines of a file read in chunks, so a large JSONL file never sits in memory whole. A line inside one
 * chunk is yielded as a view of it (no copy: the caller reads it before asking for the next line); a
 * line across chunks is copied together.
 */
function* fileLines(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let from = 0;
      for (let nl = chunk.indexOf(10, 0); nl !== -1 && nl < n; nl = chunk.indexOf(10, from)) {
        if (pending.length === 0) yield chunk.subarray(from, nl);
        else {
          pending.push(chunk.subarray(from, nl));
          yield Buffer.concat(pending);
          pending = [];
        }
        from = nl + 1;
      }
      if (from < n) pending.push(Buffer.from(chunk.subarray(from, n)));
    }
    const last = Buffer.concat(pending);
    if (last.length) yield last;
  } finally {
    closeSync(fd);
  }
}

/**
 * The article of one JSONL line (its bytes, no newline), null for a blank line. Its id is the one the line
 * asks for (its `id`, else `<file>-line<n>`), not yet made unique: the caller takes it from an `IdAllocator`.
 */
export function jsonlLine(bytes: Uint8Array, path: string, lineNo: number, maxBytes: number): ArticleInput | null {
  const source = `${path}:${lineNo}`;
  const fallbackId = `${stem(path)}-line${lineNo}`;
  if (bytes.length > maxBytes) return broken(fallbackId, source, 'too-large', `line ${lineNo}: ${bytes.length} bytes, over the ${maxBytes}-byte cap`);
  let line = strictUtf8(bytes);
  const errors: ArticleError[] = [];
  if (line === null) {
    const lossy = lossyUtf8(bytes);
    line = lossy.text;
    errors.push({ code: 'decode', message: `line ${lineNo}: ${lossy.replaced} invalid UTF-8 byte sequence(s) replaced by U+FFFD` });
  }
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  if (line.trim() === '') return null;
  let rec: { id?: unknown; text?: unknown; url?: unknown; published?: unknown };
  try {
    rec = JSON.parse(line);
  } catch (e) {
    return broken(fallbackId, source, 'jsonl', `line ${lineNo}: ${(e as Error).message}`);
  }
  if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') return broken(fallbackId, source, 'jsonl', `line ${lineNo}: no "text" string`);
  return {
    id: typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : fallbackId,
    source,
    text: rec.text,
    errors: rec.text.trim() ? errors : [...errors, { code: 'empty', message: 'the article has no text' }],
    options: {
      url: typeof rec.url === 'string' ? rec.url : null,
      published: typeof rec.published === 'string' ? rec.published : null,
    },
  };
}

function* jsonlArticles(path: string, ids: IdAllocator, maxBytes: number): Generator<ArticleInput> {
  let lineNo = 0;
  for (const bytes of fileLines(path)) {
    const input = jsonlLine(bytes, path, ++lineNo, maxBytes);
    if (input === null) continue;
    input.id = ids.take(input.id);
    yield input;
  }
}

/** The articles of one file (or `-` for standard input). */
export function* fileArticles(path: string, ids: IdAllocator, options: ReadOptions = {}): Generator<ArticleInput> {
  const maxBytes = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const ext = extname(path).toLowerCase();
  if (path !== '-') {
    try {
      if (ext === '.jsonl') {
        yield* jsonlArticles(path, ids, maxBytes);
        return;
      }
      const size = statSync(path).size;
      if (size > maxBytes) {
        yield broken(ids.take(stem(path)), path, 'too-large', `${size} bytes, over the ${maxBytes}-byte cap for one article`);
        return;
      }
    } catch (e) {
      yield broken(ids.take(stem(path)), path, 'read', (e as Error).message);
      return;
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    yield broken(ids.take(stem(path)), path, 'read', (e as Error).message);
    return;
  }
  const id = ids.take(path === '-' ? 'stdin' : stem(path));
  const decoded = decodeBytes(bytes);
  if (decoded.errors.some((e) => e.code === 'binary' || e.code === 'empty')) {
    yield { id, source: path, text: null, options: {}, errors: decoded.errors };
  } else if (ext === '.html' || ext === '.htm') {
    const page = htmlToArticle(decoded.text);
    const errors = [...decoded.errors];
    if (!page.text) errors.push({ code: 'empty', message: 'no article text found in the page' });
    yield { id, source: path, text: page.text, options: { title: page.title, url: page.url, published: page.published }, errors };
  } else {
    yield { id, source: path, text: decoded.text, options: {}, errors: decoded.errors };
  }
}

/** Every article under `paths` in a stable order, problems with paths included as broken inputs. */
export function* iterateArticles(paths: string[], options: ReadOptions = {}, ids = new IdAllocator()): Generator<ArticleInput> {
  yield* work(paths, options, ids, false) as Generator<ArticleInput>;
}

/**
 * Lines of a JSONL file as read, not yet decoded: `bytes` holds their UTF-8 bytes one after another (no
 * newlines), `lengths` their byte counts. Thus the thread that reads an archive only cuts it into lines,
 * and a worker decodes and parses them (see `linesArticles`). The bytes' buffer is transferred to the
 * worker, not copied, and comes back with its answer to be filled again (`batchBuffers`): the
 * reading thread makes no string per article and, after the first batches, allocates no buffer.
 */
export interface RawLines {
  kind: 'lines';
  path: string;
  /** The 1-based number of the first line. */
  firstLine: number;
  lengths: number[];
  bytes: Uint8Array;
  maxBytes: number;
}

/** At most this many lines, or this many bytes, go in one `RawLines` (and so in one batch of the pool). */
export const BATCH_LINES = 16;
export const BATCH_BYTES = 256 * 1024;

/** Takes no id: the ids a `work` run asks for are made unique later, in output order, by its consumer. */
class WantedIds extends IdAllocator {
  override take(wanted: string): string {
    return wanted;
  }
}

/**
 * What `iterateArticles` reads, for a pool of workers: the same articles in the same order, but JSONL files
 * as `RawLines`, and the ids as asked for, not yet made unique — the consumer takes each document's id from
 * an `IdAllocator` in output order, which gives the ids `iterateArticles` gives.
 */
export function* iterateWork(paths: string[], options: ReadOptions = {}): Generator<ArticleInput | RawLines> {
  yield* work(paths, options, new WantedIds(), true);
}

function* work(paths: string[], options: ReadOptions, ids: IdAllocator, rawJsonl: boolean): Generator<ArticleInput | RawLines> {
  const { files, problems } = listFiles(paths.filter((p) => p !== '-'));
  for (const p of problems) yield broken(ids.take(stem(p.path)), p.path, p.error.code, p.error.message);
  for (const file of files) {
    if (rawJsonl && extname(file).toLowerCase() === '.jsonl') yield* rawJsonlFile(file, options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES);
    else yield* fileArticles(file, ids, options);
  }
  if (paths.includes('-')) yield* fileArticles('-', ids, options);
}

/** The buffers `RawLines` are filled in; give one back once its lines are parsed (see `RawLines`). */
export const batchBuffers = new BufferPool(BATCH_BYTES, 16);

/** The lines of a JSONL file as `RawLines`; a line over the cap as its error document (its bytes go nowhere). */
function* rawJsonlFile(path: string, maxBytes: number): Generator<ArticleInput | RawLines> {
  let batch: Uint8Array | null = null;
  let used = 0;
  let lengths: number[] = [];
  let firstLine = 1;
  let lineNo = 0;
  const flush = (): RawLines => {
    const lines: RawLines = { kind: 'lines', path, firstLine, lengths, bytes: batch!.subarray(0, used), maxBytes };
    batch = null;
    lengths = [];
    used = 0;
    return lines;
  };
  try {
    for (const bytes of fileLines(path)) {
      lineNo++;
      const full = lengths.length >= BATCH_LINES || used + bytes.length > BATCH_BYTES;
      if (lengths.length > 0 && (full || bytes.length > maxBytes)) yield flush();
      if (bytes.length > maxBytes) {
        yield jsonlLine(bytes, path, lineNo, maxBytes)!;
        continue;
      }
      if (bytes.length > BATCH_BYTES) {
        yield { kind: 'lines', path, firstLine: lineNo, lengths: [bytes.length], bytes: Uint8Array.from(bytes), maxBytes };
        continue;
      }
      if (lengths.length === 0) firstLine = lineNo;
      batch ??= new Uint8Array(batchBuffers.take());
      batch.set(bytes, used);
      used += bytes.length;
      lengths.push(bytes.length);
    }
  } catch (e) {
    if (lengths.length > 0) yield flush();
    yield broken(stem(path), path, 'read', (e as Error).message); // as fileArticles reports it
    return;
  }
  if (lengths.length > 0) yield flush();
}

/** The articles of `lines`, ids as asked for (see `RawLines`), each parsed when asked for. */
export function* linesArticles(lines: RawLines): Generator<ArticleInput> {
  let at = 0;
  for (let k = 0; k < lines.lengths.length; k++) {
    const input = jsonlLine(lines.bytes.subarray(at, at + lines.lengths[k]), lines.path, lines.firstLine + k, lines.maxBytes);
    at += lines.lengths[k];
    if (input !== null) yield input;
  }
}

/** The articles of one file as an array (a convenience over `fileArticles`). */
export function readArticles(path: string, ids: IdAllocator, options: ReadOptions = {}): ArticleInput[] {
  return [...fileArticles(path, ids, options)];
}
