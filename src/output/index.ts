/**
 * output: documents as JSON (one file per article), JSONL (one line per article) and CSV tables
 * (UTF-8 with BOM, RFC 4180, one header row). Byte-identical on re-run.
 *
 * Example: `await writeDocuments(docs, ['json', 'csv'], 'output')` → output/<id>.json, output/money.csv, …
 */
import type { KhabarDocument } from '../types.js';
import { csvLines, openSinks, type Format } from './sinks.js';
import { documentRows, TABLE_NAMES, type Row, type TableName } from './tables.js';

export { COLUMNS, TABLE_NAMES, documentRows, type Row, type TableName } from './tables.js';
export { openJsonlFile, openSinks, put, type Format, type Sink } from './sinks.js';

export function toJson(doc: KhabarDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export function toJsonLine(doc: KhabarDocument): string {
  return JSON.stringify(doc) + '\n';
}

/** All tables' rows for many documents, in input order. */
export function tables(docs: KhabarDocument[]): Record<TableName, Row[]> {
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as Row[]])) as unknown as Record<TableName, Row[]>;
  for (const doc of docs) {
    const rows = documentRows(doc);
    for (const t of TABLE_NAMES) out[t].push(...rows[t]);
  }
  return out;
}

/** One table as CSV text with a BOM and a header row. */
export async function tableCsv(name: TableName, rows: Row[]): Promise<string> {
  return '\ufeff' + (await csvLines(name, rows, true));
}

/** Write documents in the given formats into `dir`. */
export async function writeDocuments(docs: KhabarDocument[], formats: Format[], dir: string): Promise<void> {
  const sink = openSinks(formats, dir);
  for (const doc of docs) await sink.write(doc);
  await sink.close();
}
