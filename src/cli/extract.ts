/**
 * `khabar extract`: read, run (on worker threads), write in input order, report. Exit status 1 when any
 * document has errors, else 0.
 *
 * Example: `khabar extract fixtures/articles -o output --format json,csv` → 5 JSON files and the CSV
 * tables; stderr: `5 articles, money 11, percentages 13, … errors 0, 0.2 s`.
 */
import { availableParallelism } from 'node:os';
import { IdAllocator, iterateWork } from '../input/index.js';
import { parseReferenceDate } from '../calendar.js';
import type { ExtractOptions } from '../pipeline/index.js';
import { openJsonlFile, openSinks, put, TABLE_NAMES, tableCsv, tables, type Format, type Sink, type TableName } from '../output/index.js';
import { ENTITY_KINDS, type KhabarDocument } from '../types.js';
import { runPool, runPoolSerialized } from './pool.js';
import { writeReport } from './report.js';
import { join } from 'node:path';
import { UsageError } from './usage.js';

const FORMATS: readonly Format[] = ['json', 'jsonl', 'csv'];

export interface ExtractCliOptions {
  out: string;
  format: string;
  referenceDate?: string;
  table: string;
  jobs?: string;
  maxArticleBytes?: string;
  quiet?: boolean;
  /** Also write the HTML report: a path, or true for `<out>/report.html`. */
  report?: string | boolean;
}

function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase());
  for (const f of formats) if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format '${f}' (json, jsonl, csv)`);
  return formats as Format[];
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} takes a whole number ≥ 1`);
  return n;
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
  if (!(TABLE_NAMES as readonly string[]).includes(opts.table)) throw new UsageError(`unknown table '${opts.table}' (${TABLE_NAMES.join(', ')})`);
  const jobs = positiveInt(opts.jobs, '--jobs', availableParallelism());
  const maxArticleBytes = positiveInt(opts.maxArticleBytes, '--max-article-bytes', 8 * 1024 * 1024);

  const started = performance.now();
  const progress = !opts.quiet && process.stderr.isTTY;
  const counts = Object.fromEntries(ENTITY_KINDS.map((k) => [k, 0])) as Record<string, number>;
  let articles = 0;
  let withErrors = 0;
  const toStdout = opts.out === '-';
  const kept: KhabarDocument[] = [];
  const forReport: KhabarDocument[] = [];
  if (opts.report === true && toStdout) throw new UsageError('--report needs a file name with -o -');
  // The workers decode and parse JSONL lines; ids are made unique here, in output order.
  const inputs = iterateWork(paths, { maxArticleBytes });
  const ids = new IdAllocator();
  const tally = (id: string, source: string | null, perKind: Record<string, number>, errors: number) => {
    articles++;
    for (const k of ENTITY_KINDS) counts[k] += perKind[k];
    if (errors) withErrors++;
    if (progress) process.stderr.write(`\r${articles} articles ${source ?? id}`.slice(0, 100) + '\x1b[K');
  };
  let sink: Sink | null = null;
  if (formats.every((f) => f === 'jsonl') && !opts.report) {
    // JSON lines only: the workers serialize, the main thread only reads and writes.
    const lines = toStdout ? null : openJsonlFile(opts.out);
    for await (const batch of runPoolSerialized(inputs, { jobs, shared, ids })) {
      for (const out of batch.docs) tally(out.id, null, out.counts, out.errors);
      if (lines) await lines.write(batch.bytes, batch.release);
      else await put(process.stdout, batch.bytes, batch.release);
    }
    await lines?.close();
  } else {
    sink = toStdout ? null : openSinks(formats, opts.out);
    for await (const doc of runPool(inputs, { jobs, shared, ids })) {
      tally(doc.id, doc.source, Object.fromEntries(ENTITY_KINDS.map((k) => [k, doc[k].length])), doc.errors.length);
      if (opts.report) forReport.push(doc);
      if (sink) await sink.write(doc);
      else kept.push(doc);
    }
  }
  await sink?.close();
  if (toStdout && formats[0] === 'csv') process.stdout.write(await tableCsv(opts.table as TableName, tables(kept)[opts.table as TableName]));
  else if (toStdout && formats[0] === 'json') process.stdout.write(JSON.stringify(kept, null, 2) + '\n');
  if (progress) process.stderr.write('\r\x1b[K');
  if (opts.report) writeReport(forReport, opts.report === true ? join(opts.out, 'report.html') : opts.report);

  if (!opts.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const perType = ENTITY_KINDS.map((k) => `${k} ${counts[k]}`).join(', ');
    process.stderr.write(`${articles} articles, ${perType}, errors ${withErrors}, ${seconds} s\n`);
  }
  return withErrors > 0 ? 1 : 0;
}
