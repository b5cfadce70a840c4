/**
 * Running the pipeline over inputs read by `input/index.ts`: one document per input, a broken one
 * included; an exception inside becomes an error document, never a crash.
 *
 * Example: `processArticle({ id: 'a', source: 'a.txt', text: 'امسال ۵۰ درصد', options: {}, errors: [] })`
 * → a document with percentages `[{ text: '۵۰ درصد', value: 50, … }]`.
 */
import { failedDocument, extract, type ExtractOptions } from '../pipeline/index.js';
import type { KhabarDocument } from '../types.js';
import { fileArticles, IdAllocator, type ArticleInput, type ReadOptions } from './index.js';

/** Run the pipeline over one input; an exception inside becomes an error document, never a crash. */
export function processArticle(input: ArticleInput, shared: ExtractOptions = {}): KhabarDocument {
  if (input.text === null) return failedDocument(input.id, input.source, input.errors);
  try {
    return extract(input.text, { ...shared, ...dropNulls(input.options), id: input.id, source: input.source, errors: input.errors });
  } catch (e) {
    return failedDocument(input.id, input.source, [...input.errors, { code: 'internal', message: (e as Error).message }]);
  }
}

function dropNulls(o: ExtractOptions): ExtractOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as ExtractOptions;
}

/** Read and extract one file (several documents for JSONL): the library's `extractFile`. */
export function extractFile(path: string, options: ExtractOptions & ReadOptions = {}): KhabarDocument[] {
  return [...fileArticles(path, new IdAllocator(), options)].map((a) => processArticle(a, options));
}

