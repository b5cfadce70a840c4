/**
 * `khabar extract`: read, run, write, report. Exit status 1 when any document has errors, else 0.
 *
 * Example: `khabar extract fixtures/articles -o output --format json,csv` → 5 JSON files and the CSV
 * tables; stderr: `5 articles, money 11, percentages 13, … errors 0, 0.2 s`.
 */
import { IdAllocator, listFiles, processArticle, readArticles } from '../input/index.js';
import { failedDocument, parseReferenceDate, type ExtractOptions } from '../pipeline/index.js';
import { TABLE_NAMES, tableCsv, tables, toJsonLine, writeCsv, writeJson, writeJsonl, type TableName } from '../output/index.js';
import { ENTITY_KINDS, type KhabarDocument } from '../types.js';
import { UsageError } from './usage.js';

const FORMATS = ['json', 'jsonl', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface ExtractCliOptions {
  out: string;
  format: string;
  referenceDate?: string;
  table: string;
  quiet?: boolean;
}

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${f}' (json, jsonl, csv)`);
  return formats as Format[];
}

export async function runExtract(paths: string[], opts: ExtractCliOptions): Promise<number> {
  const formats = parseFormats(opts.format);
  const shared: ExtractOptions = {};
  if (opts.referenceDate) {
    try {
      parseReferenceDate(opts.referenceDate);
    } catch (e) {
      throw new UsageError(`--reference-date: ${(e as Error).message}`);
    }
    shared.referenceDate = opts.referenceDate;
  }
  if (opts.out === '-' && formats.length > 1) throw new UsageError('-o - takes one format');
  if (!(TABLE_NAMES as readonly string[]).includes(opts.table)) throw new UsageError(`unknown table '${opts.table}'`);

  const started = performance.now();
  const stdinPaths = paths.filter((p) => p === '-');
  const { files, problems } = listFiles(paths.filter((p) => p !== '-'));
  const ids = new IdAllocator();
  const docs: KhabarDocument[] = [];
  for (const p of problems) docs.push(failedDocument(ids.take(p.path), p.path, [p.error]));
  const progress = !opts.quiet && process.stderr.isTTY;
  const inputs = [...files, ...stdinPaths];
  inputs.forEach((file, i) => {
    for (const article of readArticles(file, ids)) {
      try {
        docs.push(processArticle(article, shared));
      } catch (e) {
        docs.push(failedDocument(article.id, article.source, [{ code: 'internal', message: (e as Error).message }]));
      }
    }
    if (progress) process.stderr.write(`\r${i + 1}/${inputs.length} ${file.slice(-60)}\x1b[K`);
  });
  if (progress) process.stderr.write('\r\x1b[K');

  if (opts.out === '-') {
    const format = formats[0];
    if (format === 'csv') process.stdout.write(await tableCsv(opts.table as TableName, tables(docs)[opts.table as TableName]));
    else if (format === 'jsonl') process.stdout.write(docs.map(toJsonLine).join(''));
    else process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
  } else {
    for (const format of formats) {
      if (format === 'json') writeJson(docs, opts.out);
      else if (format === 'jsonl') writeJsonl(docs, opts.out);
      else await writeCsv(docs, opts.out);
    }
  }

  if (!opts.quiet) {
    const counts = ENTITY_KINDS.map((k) => `${k} ${docs.reduce((n, d) => n + d[k].length, 0)}`).join(', ');
    const withErrors = docs.filter((d) => d.errors.length > 0).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stderr.write(`${docs.length} articles, ${counts}, errors ${withErrors}, ${seconds} s\n`);
  }
  return docs.some((d) => d.errors.length > 0) ? 1 : 0;
}
