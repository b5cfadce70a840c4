/**
 * Input: paths to articles. Folders are walked recursively in sorted order; `.txt` is one article,
 * `.jsonl` one article a line; `-` is standard input. Every input yields a document, even a broken one.
 *
 * Example: `readInputs(['fixtures/articles'])` → the five seeds, ids `000_5d8f827e6dda5d0c` …
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { failedDocument, extract, type ExtractOptions } from '../pipeline/index.js';
import type { ArticleError, KhabarDocument } from '../types.js';
import { decodeBytes } from './decode.js';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.jsonl', '.text']);

/** One article to run: its text (or the errors that stop it) and its options. */
export interface ArticleInput {
  id: string;
  source: string;
  text: string | null;
  options: ExtractOptions;
  errors: ArticleError[];
}

/** The article files under `paths`, in a stable order; problems with the paths themselves as errors. */
export function listFiles(paths: string[]): { files: string[]; problems: { path: string; error: ArticleError }[] } {
  const files: string[] = [];
  const problems: { path: string; error: ArticleError }[] = [];
  const seen = new Set<string>();
  const walk = (path: string, top: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      problems.push({ path, error: { code: 'read', message: (e as Error).message } });
      return;
    }
    if (stat.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (e) {
        problems.push({ path, error: { code: 'read', message: (e as Error).message } });
        return;
      }
      if (seen.has(real)) {
        problems.push({ path, error: { code: 'loop', message: 'folder already visited (symlink loop)' } });
        return;
      }
      seen.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (e) {
        problems.push({ path, error: { code: 'read', message: (e as Error).message } });
        return;
      }
      for (const entry of entries) walk(join(path, entry), false);
    } else if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const p of paths) walk(p, true);
  return { files, problems };
}

/** Gives each id once: a later duplicate gets `-2`, `-3` … */
export class IdAllocator {
  private used = new Set<string>();
  take(wanted: string): string {
    let id = wanted || 'article';
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

function jsonlArticles(source: string, text: string, ids: IdAllocator): ArticleInput[] {
  const out: ArticleInput[] = [];
  const stem = basename(source, extname(source));
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const fallbackId = `${stem}-line${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      out.push(broken(ids.take(fallbackId), `${source}:${i + 1}`, 'jsonl', `line ${i + 1}: ${(e as Error).message}`));
      return;
    }
    const rec = obj as { id?: unknown; text?: unknown; url?: unknown; published?: unknown };
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string') {
      out.push(broken(ids.take(fallbackId), `${source}:${i + 1}`, 'jsonl', `line ${i + 1}: no "text" string`));
      return;
    }
    const id = ids.take(typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : fallbackId);
    out.push({
      id,
      source: `${source}:${i + 1}`,
      text: rec.text,
      errors: [],
      options: {
        url: typeof rec.url === 'string' ? rec.url : null,
        published: typeof rec.published === 'string' ? rec.published : null,
      },
    });
  });
  return out;
}

function broken(id: string, source: string, code: string, message: string): ArticleInput {
  return { id, source, text: null, options: {}, errors: [{ code, message }] };
}

/** The articles of one file (or `-` for standard input). */
export function readArticles(path: string, ids: IdAllocator): ArticleInput[] {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    return [broken(ids.take(basename(path, extname(path))), path, 'read', (e as Error).message)];
  }
  const decoded = decodeBytes(bytes);
  if (path.toLowerCase().endsWith('.jsonl') && decoded.text) return jsonlArticles(path, decoded.text, ids);
  const id = ids.take(path === '-' ? 'stdin' : basename(path, extname(path)));
  if (decoded.errors.some((e) => e.code === 'binary' || e.code === 'empty')) {
    return [{ id, source: path, text: null, options: {}, errors: decoded.errors }];
  }
  return [{ id, source: path, text: decoded.text, options: {}, errors: decoded.errors }];
}

/** Run the pipeline over one input. */
export function processArticle(input: ArticleInput, shared: ExtractOptions = {}): KhabarDocument {
  if (input.text === null) return failedDocument(input.id, input.source, input.errors);
  return extract(input.text, { ...shared, ...dropNulls(input.options), id: input.id, source: input.source, errors: input.errors });
}

function dropNulls(o: ExtractOptions): ExtractOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as ExtractOptions;
}

/** Read and extract one file: the library's `extractFile`. */
export function extractFile(path: string, options: ExtractOptions = {}): KhabarDocument[] {
  const ids = new IdAllocator();
  return readArticles(path, ids).map((a) => processArticle(a, options));
}
