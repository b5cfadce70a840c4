/**
 * `khabar report <paths…> -o report.html`: read and extract the articles as `khabar extract` does, and
 * write the report page (`-o -` writes it to standard output). Exit status 1 when any document has
 * errors (the page still lists them), else 0.
 *
 * Example: `khabar report fixtures/articles -o output/report.html` → one self-contained HTML file;
 * stderr: `report: 5 articles → output/report.html`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { iterateArticles } from '../input/index.js';
import { parseReferenceDate } from '../calendar.js';
import type { ExtractOptions } from '../pipeline/index.js';
import { renderReport } from '../report/index.js';
import type { KhabarDocument } from '../types.js';
import { UsageError } from './usage.js';

/** The documents of `paths` (files, folders, `-` for stdin), one per article, failures included. */
export async function readDocuments(paths: string[], referenceDate?: string): Promise<KhabarDocument[]> {
  const { processArticle } = await import('../input/process.js');
  const shared: ExtractOptions = {};
  if (referenceDate) {
    try {
      parseReferenceDate(referenceDate);
    } catch (e) {
      throw new UsageError(`--reference-date: ${(e as Error).message}`);
    }
    shared.referenceDate = referenceDate;
  }
  return [...iterateArticles(paths)].map((article) => processArticle(article, shared));
}

/** Write the report of `docs` to `out` (a file path, its folder created; or `-` for stdout). */
export function writeReport(docs: KhabarDocument[], out: string): void {
  const html = renderReport(docs);
  if (out === '-') {
    process.stdout.write(html);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html, 'utf8');
}

export async function runReport(paths: string[], opts: { out: string; referenceDate?: string; quiet?: boolean }): Promise<number> {
  if (paths.length === 0) throw new UsageError('report: no paths');
  const docs = await readDocuments(paths, opts.referenceDate);
  writeReport(docs, opts.out);
  if (!opts.quiet && opts.out !== '-') process.stderr.write(`report: ${docs.length} articles → ${opts.out}\n`);
  return docs.some((d) => d.errors.length > 0) ? 1 : 0;
}
