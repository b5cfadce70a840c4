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
import type { ArticleError, KhabarDocument } from '../types.js';
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

function* jsonlArticles(path: string, ids: IdAllocator, maxBytes: number): Generator<ArticleInput> {
  let lineNo = 0;
  for (const bytes of fileLines(path)) {
    lineNo++;
    const source = `${path}:${lineNo}`;
    const fallbackId = `${stem(path)}-line${lineNo}`;
    if (bytes.length > maxBytes) {
      yield broken(ids.take(fallbackId), source, 'too-large', `line ${lineNo}: ${bytes.length} bytes, over the ${maxBytes}-byte cap`);
      continue;
    }
    let line = strictUtf8(bytes);
    const errors: ArticleError[] = [];
    if (line === null) {
      const lossy = lossyUtf8(bytes);
      line = lossy.text;
      errors.push({ code: 'decode', message: `line ${lineNo}: ${lossy.replaced} invalid UTF-8 byte sequence(s) replaced by U+FFFD` });
    }
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') continue;
    let rec: { id?: unknown; text?: unknown; url?: unknown; published?: unknown };
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield broken(ids.take(fallbackId), source, 'jsonl', `line ${lineNo}: ${(e as Error).message}`);
      continue;
    }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') {
      yield broken(ids.take(fallbackId), source, 'jsonl', `line ${lineNo}: no "text" string`);
      continue;
    }
    const id = ids.take(typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : fallbackId);
    yield {
      id,
      source,
      text: rec.text,
      errors: rec.text.trim() ? errors : [...errors, { code: 'empty', message: 'the article has no text' }],
      options: {
        url: typeof rec.url === 'string' ? rec.url : null,
        published: typeof rec.published === 'string' ? rec.published : null,
      },
    };
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
  const { files, problems } = listFiles(paths.filter((p) => p !== '-'));
  for (const p of problems) yield broken(ids.take(stem(p.path)), p.path, p.error.code, p.error.message);
  for (const file of files) yield* fileArticles(file, ids, options);
  if (paths.includes('-')) yield* fileArticles('-', ids, options);
}

/** The articles of one file as an array (a convenience over `fileArticles`). */
export function readArticles(path: string, ids: IdAllocator, options: ReadOptions = {}): ArticleInput[] {
  return [...fileArticles(path, ids, options)];
}
